import { expect, test } from 'vitest'
import { textWidth } from './winAnsi.ts'
import { wrapText } from './wrapText.ts'

test('lines break at spaces and never run wider than the column', () => {
  const lines = wrapText('More benches at the bus stops, and brighter lights at night', 120, 12)
  expect(lines.length).toBeGreaterThan(1)
  expect(lines.join(' ')).toBe('More benches at the bus stops, and brighter lights at night')
  for (const line of lines) expect(textWidth(line, 12)).toBeLessThanOrEqual(120)
})

test('the writer’s own line breaks stay; a word too long for a line is cut', () => {
  expect(wrapText('one\ntwo', 500, 12)).toEqual(['one', 'two'])
  const cut = wrapText('https://example.org/a/very/long/address/that/does/not/fit', 60, 12)
  expect(cut.join('')).toBe('https://example.org/a/very/long/address/that/does/not/fit')
  for (const line of cut) expect(textWidth(line, 12)).toBeLessThanOrEqual(60)
})
