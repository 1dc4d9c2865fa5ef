import { expect, test } from 'vitest'
import { formatDocName, isWellFormedId, parseDocName, type DocName } from './docNames.ts'

const boardId = 'V1StGXR8_Z5jdHi6B-myT'

test.each<DocName>([
  { boardId, kind: 'content' },
  { boardId, kind: 'control' },
  { boardId, kind: 'private', participantId: 'p_123-abc' },
])('formats and parses $kind docs both ways', (name) => {
  expect(parseDocName(formatDocName(name))).toEqual(name)
})

test('the wire names are the ones in DESIGN.md', () => {
  expect(formatDocName({ boardId, kind: 'content' })).toBe(`${boardId}/content`)
  expect(formatDocName({ boardId, kind: 'control' })).toBe(`${boardId}/control`)
  expect(formatDocName({ boardId, kind: 'private', participantId: 'p1' })).toBe(`${boardId}/private/p1`)
})

test.each([
  '',
  boardId,
  `${boardId}/`,
  `${boardId}/secrets`,
  `${boardId}/content/extra`,
  `${boardId}/control/extra`,
  `${boardId}/private`,
  `${boardId}/private/`,
  `${boardId}/private/p1/extra`,
  `${boardId}/private/../p1`,
  `/${boardId}/content`,
  `../${boardId}/content`,
  `bad id/content`,
  `${'a'.repeat(65)}/content`,
  `${boardId}/CONTENT`,
])('refuses %j', (raw) => {
  expect(parseDocName(raw)).toBeNull()
})

test('isWellFormedId accepts nanoid-shaped ids only', () => {
  expect(isWellFormedId(boardId)).toBe(true)
  expect(isWellFormedId('a'.repeat(64))).toBe(true)
  expect(isWellFormedId('a'.repeat(65))).toBe(false)
  expect(isWellFormedId('')).toBe(false)
  expect(isWellFormedId('has space')).toBe(false)
  expect(isWellFormedId('slash/inside')).toBe(false)
})
