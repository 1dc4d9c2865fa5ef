import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { englishClientWords } from '@wesee/shared'
import { text } from '../text.ts'

/**
 * No word in the client catalogue is left unused: each message is read by
 * the client, either through the façade (`text.join.joinButton`, or a whole
 * group indexed by a value, `text.closeReasons[name]`) or by a phrase in
 * text.ts (`t('counts.votes', …)`). A message nobody reads would still be
 * translated into every language, for nothing.
 */

const clientSrc = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const facadeFile = path.join(clientSrc, 'text.ts')

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && full !== facadeFile
      ? [full]
      : []
  })
}

const sources = sourceFiles(clientSrc).map((file) => fs.readFileSync(file, 'utf8'))
const facade = fs.readFileSync(facadeFile, 'utf8')

/** `text.a.b` read in the client: exact paths, and groups read by a value (`text.a[x]`). */
const readPaths = new Set<string>()
const readGroups = new Set<string>()
for (const source of sources) {
  for (const [, chain, indexed] of source.matchAll(/\btext((?:\.[A-Za-z_$][\w$]*)+)(\s*\[)?/g)) {
    const key = chain!.slice(1)
    ;(indexed ? readGroups : readPaths).add(key)
  }
}
/** Keys the phrases read; a template key (`versions.happened.${trigger}`) reads its whole group. */
const phraseKeys = new Set<string>()
for (const [, key] of facade.matchAll(/\bt\(\s*'([\w.-]+)'/g)) phraseKeys.add(key!)
/** Groups a phrase reads by a template key, filling in their values (`errors.reasons.${reason}`). */
const phraseGroups = new Set<string>()
for (const [, group] of facade.matchAll(/\bt\(\s*`([\w.-]+)\.\$\{/g)) {
  readGroups.add(group!)
  phraseGroups.add(group!)
}
// A phrase that picks one of two keys: `t(cond ? 'a' : 'b', …)`.
for (const [, a, b] of facade.matchAll(/\bt\(\s*[^,()]*\?\s*'([\w.-]+)'\s*:\s*'([\w.-]+)'/g)) {
  phraseKeys.add(a!)
  phraseKeys.add(b!)
}

const pluralSuffix = /_(ordinal_)?(zero|one|two|few|many|other)$/

function catalogueKeys(tree: unknown, prefix = ''): string[] {
  if (typeof tree === 'string' || Array.isArray(tree)) return [prefix]
  return Object.entries(tree as Record<string, unknown>).flatMap(([name, value]) =>
    catalogueKeys(value, prefix ? `${prefix}.${name}` : name),
  )
}

const isRead = (key: string) =>
  readPaths.has(key) ||
  phraseKeys.has(key) ||
  [...readGroups].some((group) => key.startsWith(`${group}.`)) ||
  // A group passed on whole (`text.voices.cards`), or a message used further (`text.keys.rows.map`).
  [...readPaths].some((read) => key.startsWith(`${read}.`) || read.startsWith(`${key}.`))

/** The façade's functions, by path: each must be called somewhere. */
function phrasePaths(tree: object, prefix = ''): string[] {
  return Object.entries(Object.getOwnPropertyDescriptors(tree)).flatMap(([name, descriptor]) => {
    const key = prefix ? `${prefix}.${name}` : name
    if (typeof descriptor.value === 'function') return [key]
    if (descriptor.value && typeof descriptor.value === 'object')
      return phrasePaths(descriptor.value as object, key)
    return []
  })
}

describe('the client catalogue', () => {
  it('has no message the client never reads', () => {
    const unused = [
      ...new Set(catalogueKeys(englishClientWords).map((key) => key.replace(pluralSuffix, ''))),
    ].filter((key) => !isRead(key))
    expect(unused).toEqual([])
  })

  it('has no phrase in text.ts that nothing calls', () => {
    const uncalled = phrasePaths(text).filter(
      (key) =>
        !readPaths.has(key) &&
        ![...readGroups].some((group) => key.startsWith(`${group}.`)) &&
        ![...readPaths].some((read) => key.startsWith(`${read}.`)),
    )
    expect(uncalled).toEqual([])
  })

  it('leaves no {{value}} unfilled in a plain message', () => {
    const unfilled = catalogueKeys(englishClientWords).filter((key) => {
      if (pluralSuffix.test(key) || phraseKeys.has(key)) return false
      if ([...phraseGroups].some((group) => key.startsWith(`${group}.`))) return false
      const words = key
        .split('.')
        .reduce<unknown>((tree, name) => (tree as Record<string, unknown>)?.[name], text)
      return typeof words === 'string' && words.includes('{{')
    })
    expect(unfilled).toEqual([])
  })
})
