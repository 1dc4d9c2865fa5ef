import { expect, test } from 'vitest'
import { imagesToPdf } from './imagesToPdf.ts'

// A real 1×1 baseline JPEG (as a canvas would write it).
const jpeg = Uint8Array.from(
  atob(
    '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==',
  ),
  (c) => c.charCodeAt(0),
)

const text = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('')

test('one page per picture, each carrying its JPEG as it is', () => {
  const pdf = imagesToPdf([
    { jpeg, width: 1600, height: 1000 },
    { jpeg, width: 1000, height: 1000 },
    { jpeg, width: 800, height: 2000 },
  ])
  const body = text(pdf)
  expect(body.startsWith('%PDF-1.4\n')).toBe(true)
  expect(body.trimEnd().endsWith('%%EOF')).toBe(true)
  expect(body).toContain('/Type /Pages /Kids [3 0 R 6 0 R 9 0 R] /Count 3')
  expect(body.match(/\/Type \/Page\b(?!s)/g)).toHaveLength(3)
  expect(body.split(text(jpeg)).length - 1).toBe(3)
})

test('the cross-reference table points at every object', () => {
  const pdf = imagesToPdf([{ jpeg, width: 10, height: 10 }])
  const body = text(pdf)
  const startxref = Number(/startxref\n(\d+)/.exec(body)![1])
  expect(body.slice(startxref, startxref + 4)).toBe('xref')
  const offsets = [...body.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]))
  expect(offsets).toHaveLength(5)
  offsets.forEach((offset, i) => expect(body.slice(offset, offset + 8)).toBe(`${i + 1} 0 obj\n`))
})

test('a tall picture is scaled to fit the page height, centred', () => {
  const body = text(imagesToPdf([{ jpeg, width: 100, height: 1000 }]))
  // Fits 547 points tall (595 − 2 × 24), so 54.7 wide, centred on 842.
  expect(body).toContain('q 54.70 0 0 547.00 393.65 24.00 cm /Im0 Do Q')
})
