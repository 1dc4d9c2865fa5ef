import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** WCAG 2.2 A and AA, as axe-core tags them (2.0, 2.1 and 2.2 rules). */
export const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']

/** Runs axe-core on the whole page and fails with every violation listed. */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  // tldraw's "Made with tldraw" mark is tldraw's to draw and must stay as it is (its licence);
  // on a phone tldraw draws it 8 px wide, under axe's 24 px target size.
  const results = await new AxeBuilder({ page })
    .withTags(wcag22aa)
    .exclude('.tl-watermark_SEE-LICENSE')
    .analyze()
  const found = results.violations.map((violation) => ({
    rule: violation.id,
    help: violation.help,
    nodes: violation.nodes.map(
      (node) => `${node.target.join(' ')} ${node.html.slice(0, 160)}: ${node.failureSummary ?? ''}`,
    ),
  }))
  expect(found, `axe found problems on ${what}:\n${JSON.stringify(found, null, 2)}`).toEqual([])
}
