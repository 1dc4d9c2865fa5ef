import { expect, type Page } from '@playwright/test'

/**
 * The focused element's accessible name, as the browser computes it (from
 * the accessibility tree), or null when focus is on the page itself.
 */
export async function focusedName(page: Page): Promise<string | null> {
  const onBody = await page.evaluate(
    () => !document.activeElement || document.activeElement === document.body,
  )
  if (onBody) return null
  const session = await page.context().newCDPSession(page)
  try {
    const { nodes } = (await session.send('Accessibility.getFullAXTree')) as {
      nodes: {
        focused?: boolean
        properties?: { name: string; value: { value: unknown } }[]
        name?: { value?: string }
      }[]
    }
    const focused = nodes.find((node) =>
      node.properties?.some((property) => property.name === 'focused' && property.value.value === true),
    )
    return focused?.name?.value?.trim() || ''
  } finally {
    await session.detach()
  }
}

/** Focus is on a control with a name, never on <body>. */
export async function expectNamedFocus(page: Page, what: string): Promise<void> {
  await expect.poll(() => focusedName(page), { message: `focus after ${what}` }).toMatch(/\S/)
}
