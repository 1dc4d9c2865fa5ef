import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { tldrawTranslations } from '@wesee/shared'

// tldraw's English list as installed, read afresh each run: when tldraw is
// upgraded and gains or drops a key, this fails until our translations follow.
const require = createRequire(import.meta.url)
const englishPath = require.resolve('@tldraw/assets/translations/main.json')
const english = JSON.parse(readFileSync(englishPath, 'utf8')) as Record<string, string>

/** `{num}`, `{total}`: what tldraw fills in, so a translation must keep them. */
const placeholders = (message: string) => [...message.matchAll(/\{\w+\}/g)].map((m) => m[0]).sort()

describe.each(Object.entries(tldrawTranslations))('tldraw in %s', (_locale, messages) => {
  it('has every key of tldraw’s English list, and no other', () => {
    expect(Object.keys(english).length).toBeGreaterThan(400)
    const missing = Object.keys(english).filter((key) => !(key in messages))
    const unknown = Object.keys(messages).filter((key) => !(key in english))
    expect(missing).toEqual([])
    expect(unknown).toEqual([])
  })

  it('says something for every key, keeping tldraw’s placeholders', () => {
    for (const [key, words] of Object.entries(english)) {
      const translated = messages[key] ?? ''
      expect(translated.trim(), key).not.toBe('')
      expect(placeholders(translated), key).toEqual(placeholders(words))
    }
  })
})
