import { afterEach, describe, expect, it } from 'vitest'
import { errorReasonCode, errorReasons } from '@wesee/shared'
import englishClient from '../../../shared/src/i18n/locales/en/client.json' with { type: 'json' }
import welshClient from '../../../shared/src/i18n/locales/cy/client.json' with { type: 'json' }
import arabicClient from '../../../shared/src/i18n/locales/ar/client.json' with { type: 'json' }
import { i18n } from '../i18n/i18n.ts'
import { ApiRequestError } from './apiClient.ts'
import { errorWords } from './errorWords.ts'

const answer = (error: object) => ApiRequestError.fromAnswer({ error }, 400)
const serverWords = 'We could not find a board with that code. Please check the letters and try again.'

describe('the words for an error answer', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en')
  })

  it('are the reason’s, in the person’s language, never the server’s English', async () => {
    i18n.addResourceBundle('cy', 'client', welshClient)
    await i18n.changeLanguage('cy')
    const error = answer({ code: 'not_found', reason: 'wrong_join_code', message: serverWords })
    expect(error.message).toBe(welshClient.errors.reasons.wrong_join_code)
    expect(error.message).not.toContain('could not find')
    expect(error.reason).toBe('wrong_join_code')
    expect(error.serverMessage).toBe(serverWords)
    expect(error.code).toBe('not_found')
  })

  it('fill in the reason’s values, and only those', async () => {
    i18n.addResourceBundle('ar', 'client', arabicClient)
    await i18n.changeLanguage('ar')
    const words = errorWords({
      code: 'bad_request',
      reason: 'name_too_long',
      message: 'The name is too long. Use 40 letters or fewer.',
      values: { max: 40, lng: 'en' },
    })
    expect(words).toContain('40')
    expect(words).toContain('الاسم طويل جدًا')
  })

  it('fall back to the code’s words for a reason this client does not know, or none', async () => {
    i18n.addResourceBundle('cy', 'client', welshClient)
    await i18n.changeLanguage('cy')
    expect(answer({ code: 'conflict', reason: 'moon_is_full', message: 'The moon is full.' }).message).toBe(
      welshClient.errors.codes.Conflict,
    )
    expect(answer({ code: 'too_many', message: 'Slow down.' }).message).toBe(welshClient.errors.codes.TooMany)
  })

  it('on an English screen, are the server’s own English words when it gave no reason this client knows', () => {
    expect(answer({ code: 'conflict', reason: 'moon_is_full', message: 'The moon is full.' }).message).toBe(
      'The moon is full.',
    )
    expect(answer({ code: 'conflict', message: '  ' }).message).toBe(
      'That cannot be done just now. Please try again in a moment.',
    )
  })

  it('are the generic words for an unknown code or an answer that is not an error body', () => {
    expect(answer({ code: 'teapot', message: 'I am a teapot.' }).message).toBe(
      'Something went wrong on our side. Your work is safe.',
    )
    expect(answer({ code: 'teapot', message: 'I am a teapot.' }).code).toBe('server_error')
    expect(ApiRequestError.fromAnswer('<html>Bad gateway</html>', 502).message).toBe(
      'Something went wrong on our side. Your work is safe.',
    )
  })

  it('read in English say the reason’s words, with its values', () => {
    expect(
      errorWords({ code: 'bad_request', reason: 'name_too_long', message: '', values: { max: 40 } }),
    ).toBe('The name is too long. Use 40 letters or fewer.')
  })

  it('are the catalogue’s words for every reason the server can send, in every language, values filled in', async () => {
    i18n.addResourceBundle('cy', 'client', welshClient)
    i18n.addResourceBundle('ar', 'client', arabicClient)
    // A value for every name any reason fills in, each its own words, so a value in the wrong place shows.
    const names = Object.values(englishClient.errors.reasons).flatMap((words) =>
      [...words.matchAll(/\{\{\s*(\w+)/g)].map(([, name]) => name!),
    )
    const values: Record<string, string> = Object.fromEntries(names.map((name) => [name, `«${name}»`]))
    const catalogues = { en: englishClient, cy: welshClient, ar: arabicClient }
    for (const [language, catalogue] of Object.entries(catalogues)) {
      await i18n.changeLanguage(language)
      const reasons = catalogue.errors.reasons as Record<string, string>
      for (const reason of errorReasons) {
        // Right-to-left screens wrap each value in isolation marks (isolated.ts); the words are the same.
        const words = errorWords({
          code: errorReasonCode[reason],
          reason,
          message: 'Server words.',
          values,
        }).replace(/[\u2066-\u2069]/g, '')
        const expected = reasons[reason]!.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => values[name]!)
        expect(words, `${language}: ${reason}`).toBe(expected)
        expect(words, `${language}: ${reason}`).not.toContain('{{')
      }
    }
  })
})
