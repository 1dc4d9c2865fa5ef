import { describe, expect, test } from 'vitest'
import { displayJoinCode, joinCodeAlphabet, joinCodeLength, normalizeJoinCode } from './joinCode.ts'

describe('normalizeJoinCode', () => {
  test.each([
    ['ABCDEF', 'ABCDEF'],
    ['abcdef', 'ABCDEF'],
    ['abc def', 'ABCDEF'],
    ['ABC-DEF', 'ABCDEF'],
    ['  a b-c d e f ', 'ABCDEF'],
    ['xyz\tpqr', 'XYZPQR'],
  ])('reads %j as %s', (typed, code) => {
    expect(normalizeJoinCode(typed)).toBe(code)
  })

  test.each([
    ['too short', 'ABCDE'],
    ['too long', 'ABCDEFG'],
    ['empty', ''],
    ['a zero', 'ABCDE0'],
    ['an O', 'ABCDEO'],
    ['a one', 'ABCDE1'],
    ['an I', 'ABCDEI'],
    ['an L', 'ABCDEL'],
    ['punctuation', 'ABC.DE'],
    ['a letter with an accent', 'ABCDEÉ'],
  ])('refuses a code with %s', (_name, typed) => {
    expect(normalizeJoinCode(typed)).toBeNull()
  })
})

test('the alphabet leaves out look-alike characters', () => {
  for (const letter of '0O1IL') expect(joinCodeAlphabet).not.toContain(letter)
  expect(new Set(joinCodeAlphabet).size).toBe(joinCodeAlphabet.length)
  expect(joinCodeLength).toBe(6)
})

test('displayJoinCode splits a code in two halves', () => {
  expect(displayJoinCode('ABCDEF')).toBe('ABC DEF')
  expect(normalizeJoinCode(displayJoinCode('ABCDEF'))).toBe('ABCDEF')
})
