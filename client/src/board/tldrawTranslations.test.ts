import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tldrawTranslations } from '@wesee/shared'

// tldraw's word lists as installed, read afresh each run: when tldraw is
// upgraded and gains or drops a key, this fails until our translations follow.
const require = createRequire(import.meta.url)
const englishPath = require.resolve('@tldraw/assets/translations/main.json')
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>
const english = read(englishPath)

/** tldraw's own words in a locale, when it ships that locale. */
function tldrawShips(locale: string): Record<string, string> | undefined {
  const file = path.join(path.dirname(englishPath), `${locale}.json`)
  return existsSync(file) ? read(file) : undefined
}

/** `{num}`, `{total}`: what tldraw fills in, so a translation must keep them. */
const placeholders = (message: string) => [...message.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort()

describe.each(Object.entries(tldrawTranslations))('tldraw in %s', (locale, messages) => {
  // Ours fills in what tldraw's own list lacks (all of it, for a locale tldraw does not ship).
  const own = tldrawShips(locale) ?? {}
  const wanted = Object.keys(english).filter((key) => !own[key])

  it('has every key tldraw lacks in this language, and no other', () => {
    expect(Object.keys(english).length).toBeGreaterThan(400)
    const missing = wanted.filter((key) => !(key in messages))
    const unneeded = Object.keys(messages).filter((key) => !wanted.includes(key))
    expect(missing).toEqual([])
    expect(unneeded).toEqual([])
  })

  it('says something for every key, keeping tldraw’s placeholders', () => {
    for (const key of wanted) {
      const translated = messages[key] ?? ''
      expect(translated.trim(), key).not.toBe('')
      expect(placeholders(translated), key).toEqual(placeholders(english[key]!))
    }
  })
})
