import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { languages, sourceLanguage } from '../index.ts'

/**
 * Every language's catalogues say everything English says, and nothing else:
 * for each namespace a language claims complete, the same keys, the same
 * {{values}} in each message, and a form for each plural category the
 * language's Intl.PluralRules has (so Welsh has _zero _one _two _few _many
 * _other where English has _one _other). docs/languages.md: "Check".
 */

const localesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'locales')
const pluralCategories = ['zero', 'one', 'two', 'few', 'many', 'other'] as const
const pluralSuffix = new RegExp(`_(ordinal_)?(${pluralCategories.join('|')})$`)

function readCatalogue(language: string, namespace: string): Record<string, unknown> | undefined {
  const file = path.join(localesDir, language, `${namespace}.json`)
  return fs.existsSync(file)
    ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>)
    : undefined
}

/** Every message by its full key; lists by index (`about.how.0`). */
function flatten(tree: unknown, prefix = ''): Map<string, string> {
  const messages = new Map<string, string>()
  if (typeof tree === 'string') messages.set(prefix, tree)
  else if (tree && typeof tree === 'object') {
    for (const [name, value] of Object.entries(tree)) {
      for (const [key, words] of flatten(value, prefix ? `${prefix}.${name}` : name)) messages.set(key, words)
    }
  }
  return messages
}

interface Message {
  /** Plain, or plural forms by category; ordinal plurals are their own kind. */
  readonly kind: 'plain' | 'cardinal' | 'ordinal'
  readonly forms: Map<string, string>
}

/** Groups plural forms under their base key (`votesLeft_one`, `votesLeft_other` → `votesLeft`). */
function messagesOf(tree: unknown): Map<string, Message> {
  const messages = new Map<string, Message>()
  for (const [key, words] of flatten(tree)) {
    const match = pluralSuffix.exec(key)
    const base = match ? key.slice(0, match.index) : key
    const kind = !match ? 'plain' : match[1] ? 'ordinal' : 'cardinal'
    const message = messages.get(base) ?? { kind, forms: new Map<string, string>() }
    message.forms.set(match ? match[2]! : '', words)
    messages.set(base, message)
  }
  return messages
}

/** The {{values}} a message fills in; `count` may be left out of a form ("one" can be a word). */
function valuesIn(message: Message): string[] {
  const names = new Set<string>()
  for (const words of message.forms.values()) {
    for (const [, name] of words.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)) if (name !== 'count') names.add(name!)
    for (const [nested] of words.matchAll(/\$t\([^)]*\)/g)) names.add(nested)
  }
  return [...names].sort()
}

/** The plural categories a language needs: Intl's, plus `zero` where English uses it for 0 as a special case. */
function categoriesFor(language: string, kind: 'cardinal' | 'ordinal', english: Message): string[] {
  const type = kind === 'ordinal' ? 'ordinal' : 'cardinal'
  const needed = new Set<string>(new Intl.PluralRules(language, { type }).resolvedOptions().pluralCategories)
  if (english.forms.has('zero')) needed.add('zero')
  return pluralCategories.filter((category) => needed.has(category))
}

const english = new Map(
  ['client', 'board'].flatMap((namespace) => {
    const catalogue = readCatalogue(sourceLanguage, namespace)
    return catalogue ? [[namespace, messagesOf(catalogue)] as const] : []
  }),
)

describe('the English catalogues', () => {
  it.each([...english])('%s: every plural message has English’s forms', (_namespace, messages) => {
    for (const [key, message] of messages) {
      if (message.kind === 'plain') continue
      expect([...message.forms.keys()].sort(), key).toEqual(
        expect.arrayContaining(categoriesFor(sourceLanguage, message.kind, message)),
      )
    }
  })
})

const claims = languages
  .filter((language) => language.code !== sourceLanguage)
  .flatMap((language) =>
    language.complete
      .filter((namespace) => english.has(namespace))
      .map((namespace) => [language.code, namespace] as const),
  )

describe.runIf(claims.length > 0).each(claims)('%s %s', (language, namespace) => {
  const source = english.get(namespace)!
  const translated = messagesOf(readCatalogue(language, namespace) ?? {})

  it('has every message English has, and no other', () => {
    expect(
      [...translated.keys()].filter((key) => !source.has(key)),
      'keys English does not have',
    ).toEqual([])
    expect(
      [...source.keys()].filter((key) => !translated.has(key)),
      'keys missing',
    ).toEqual([])
  })

  it('fills in the same values in each message', () => {
    for (const [key, message] of translated) {
      const original = source.get(key)
      if (original) expect(valuesIn(message), key).toEqual(valuesIn(original))
    }
  })

  it('has a form for each of its plural categories, and only those', () => {
    for (const [key, original] of source) {
      const message = translated.get(key)
      if (!message) continue
      if (original.kind === 'plain') {
        expect([...message.forms.keys()], key).toEqual([''])
        continue
      }
      expect([...message.forms.keys()].sort(), key).toEqual(
        categoriesFor(language, original.kind, original).sort(),
      )
    }
  })
})

describe('languages.ts', () => {
  it('lists each language once, with a catalogue folder for each namespace it claims', () => {
    const codes = languages.map((language) => language.code)
    expect(new Set(codes).size).toBe(codes.length)
    expect(languages.find((language) => language.code === sourceLanguage)?.complete).toContain('client')
    for (const language of languages) {
      for (const namespace of language.complete) {
        if (namespace === 'tldraw' || english.has(namespace))
          expect(readCatalogue(language.code, namespace), `${language.code}/${namespace}.json`).toBeDefined()
      }
    }
  })
})
