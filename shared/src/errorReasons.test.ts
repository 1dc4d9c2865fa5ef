import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import {
  englishErrorMessage,
  errorReasonCode,
  errorReasons,
  ErrorReason,
  readErrorValues,
  schemaMessage,
} from './errorReasons.ts'
import { ErrorCode, errorStatus, readApiError } from './errors.ts'
import { languages } from './i18n/languages.ts'
import { createBoardRequestSchema, decodeWith } from './requests.ts'
import { joinRequestSchema } from './commands/profileFields.ts'

const localesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'i18n', 'locales')
const clientCatalogue = (code: string) =>
  JSON.parse(fs.readFileSync(path.join(localesDir, code, 'client.json'), 'utf8')) as {
    errors: { reasons: Record<string, string>; codes: Record<string, string> }
  }

describe('error reasons', () => {
  it('have words in every language whose client catalogue is complete, for every reason and code', () => {
    const complete = languages.filter((language) => language.complete.includes('client'))
    expect(complete.map((language) => language.code)).toEqual(expect.arrayContaining(['en', 'cy', 'ar']))
    for (const language of complete) {
      const { reasons, codes } = clientCatalogue(language.code).errors
      for (const reason of errorReasons) expect(reasons[reason], `${language.code}: ${reason}`).toMatch(/\S/)
      for (const name of Object.keys(ErrorCode))
        expect(codes[name], `${language.code}: ${name}`).toMatch(/\S/)
    }
  })

  it('are snake_case names, each with its own code and its own English words', () => {
    for (const reason of errorReasons) {
      expect(reason).toMatch(/^[a-z][a-z0-9_]*$/)
      // i18next would read `…_one`, `…_many` as a plural form of another key.
      expect(reason).not.toMatch(/_(zero|one|two|few|many|other)$/)
      expect(errorStatus[errorReasonCode[reason]]).toBeGreaterThanOrEqual(400)
    }
    const words = errorReasons.map((reason) => englishErrorMessage(reason, { max: 40 }))
    expect(new Set(words).size).toBe(words.length)
  })

  it('fill their values into the English words, and leave a missing one visible', () => {
    expect(englishErrorMessage(ErrorReason.NameTooLong, { max: 40 })).toBe(
      'The name is too long. Use 40 letters or fewer.',
    )
    expect(englishErrorMessage(ErrorReason.NameTooLong)).toContain('{{max}}')
  })

  it('come back from a schema that says them, with their values', () => {
    const decoded = decodeWith(joinRequestSchema, { name: 'x'.repeat(41) })
    expect(decoded).toEqual({
      ok: false,
      message: 'The name is too long. Use 40 letters or fewer.',
      problem: { reason: 'name_too_long', values: { max: 40 } },
    })
    expect(schemaMessage(ErrorReason.NameMissing)({ message: '' })).toBe(
      englishErrorMessage(ErrorReason.NameMissing),
    )
  })

  it('come from the refinement that named them, never from matching the words', () => {
    // Same English words as name_too_long, named by another reason: the reason named wins.
    const words = v.pipe(
      v.string(),
      v.maxLength(2, schemaMessage(ErrorReason.OrganisationTooLong, { max: 2 })),
    )
    expect(decodeWith(words, 'abc')).toMatchObject({ problem: { reason: 'organisation_too_long' } })
    // Words that happen to be a reason's, given as plain words, carry no reason of their own.
    const plain = v.pipe(
      v.string(),
      v.maxLength(2, englishErrorMessage(ErrorReason.NameTooLong, { max: 40 })),
    )
    expect(decodeWith(plain, 'abc')).toEqual({
      ok: false,
      message: 'The name is too long. Use 40 letters or fewer.',
      problem: { reason: 'request_not_right' },
    })
  })

  it('fall back to request_not_right, or the caller’s reason, keeping the schema’s own words', () => {
    expect(decodeWith(v.string('Not words.'), 3)).toEqual({
      ok: false,
      message: 'Not words.',
      problem: { reason: 'request_not_right' },
    })
    expect(decodeWith(v.string('Not words.'), 3, ErrorReason.BackupNotABoard)).toEqual({
      ok: false,
      message: 'Not words.',
      problem: { reason: 'backup_not_a_board' },
    })
  })

  it('reach the issue through nested objects and pipes', () => {
    const nested = v.object({ board: v.object({ title: createBoardRequestSchema.entries.title }) })
    expect(decodeWith(nested, { board: { title: '  ' } })).toMatchObject({
      problem: { reason: 'board_name_missing' },
    })
  })
})

describe('reading an error answer', () => {
  it('keeps the code, reason, words and values', () => {
    expect(
      readApiError({
        error: { code: 'bad_request', reason: 'name_too_long', message: 'Too long.', values: { max: 40 } },
      }),
    ).toEqual({ code: 'bad_request', reason: 'name_too_long', message: 'Too long.', values: { max: 40 } })
  })

  it('reads an older answer with no reason, and a newer one with a reason this client does not know', () => {
    expect(readApiError({ error: { code: 'conflict', message: 'No.' } })).toEqual({
      code: 'conflict',
      reason: null,
      message: 'No.',
      values: {},
    })
    expect(
      readApiError({ error: { code: 'conflict', reason: 'moon_is_full', message: 'No.' } })?.reason,
    ).toBe('moon_is_full')
  })

  it('drops a reason or values that are not what they should be, rather than the whole answer', () => {
    const odd = readApiError({
      error: {
        code: 'bad_request',
        reason: '<script>alert(1)</script>',
        message: 'No.',
        values: { max: 40, nested: { a: 1 }, long: 'x'.repeat(500), nan: Number.NaN, name: 'Sam' },
      },
    })
    expect(odd).toEqual({
      code: 'bad_request',
      reason: null,
      message: 'No.',
      values: { max: 40, name: 'Sam' },
    })
    expect(readApiError({ error: { code: 'bad_request', reason: 7, message: 'No.', values: [1] } })).toEqual({
      code: 'bad_request',
      reason: null,
      message: 'No.',
      values: {},
    })
    expect(readApiError({ error: { code: 404 } })).toBeNull()
    expect(readApiError('Not Found')).toBeNull()
    expect(readErrorValues(null)).toBeUndefined()
  })
})
