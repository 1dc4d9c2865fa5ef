import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/**
 * The lint rule against hard-coded words, run with the project's own ESLint
 * config on small components (as if they were a file in client/src): words a
 * person reads or hears fail; what only the machine reads passes.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const eslint = new ESLint({ cwd: repoRoot })

async function hardCodedWordsIn(component: string): Promise<string[]> {
  const source = `import { text } from '../text.ts'\n\nexport function Fixture() {\n  return ${component}\n}\n`
  const [result] = await eslint.lintText(source, {
    filePath: path.join(repoRoot, 'client/src/i18n/Fixture.tsx'),
  })
  return result!.messages
    .filter((message) => message.ruleId === 'i18next/no-literal-string')
    .map((message) => message.message)
}

describe('the rule against hard-coded words', () => {
  it('fails words in JSX, in a shown attribute, and in a choice inside JSX', async () => {
    expect(await hardCodedWordsIn('<p>Hello</p>')).toHaveLength(1)
    expect(await hardCodedWordsIn('<button aria-label="Close">{text.layout.close}</button>')).toHaveLength(1)
    expect(await hardCodedWordsIn('<input placeholder="Your name" />')).toHaveLength(1)
    expect(await hardCodedWordsIn('<img alt="A cat" src="/cat.png" />')).toHaveLength(1)
    expect(await hardCodedWordsIn('<p title="More">{text.layout.close}</p>')).toHaveLength(1)
    expect(await hardCodedWordsIn("<p>{Math.random() > 0.5 ? 'Yes' : text.layout.close}</p>")).toHaveLength(1)
  }, 30_000)

  it('passes catalogue words and what only the machine reads', async () => {
    expect(
      await hardCodedWordsIn(
        `<div className="sheet" role="region" data-testid="sheet" id="s" aria-labelledby="h">
          <h2 id="h">{text.layout.close}</h2>
          <input type="radio" name="order" value="joined" aria-label={text.layout.close} />
          <p {...{ role: 'status', tabIndex: 0 }}>{text.layout.close}</p>
        </div>`,
      ),
    ).toEqual([])
  }, 30_000)
})
