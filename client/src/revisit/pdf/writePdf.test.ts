import { expect, test } from 'vitest'
import { layoutReport, paperSizes, type ReportModel } from './layoutReport.ts'
import { pdfString, toWinAnsi } from './winAnsi.ts'
import { writePdf, type PdfPage } from './writePdf.ts'

// A real 1×1 baseline JPEG (as a canvas would write it).
const jpeg = Uint8Array.from(
  atob(
    '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==',
  ),
  (c) => c.charCodeAt(0),
)
const picture = { jpeg, width: 1600, height: 1000 }

const asText = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('')

/** Every line of words drawn in a PDF, from its content streams. */
function drawnWords(body: string): string[] {
  return [...body.matchAll(/Td \(((?:\\.|[^\\)])*)\) Tj/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1'))
}

const model: ReportModel = {
  title: 'Park day',
  madeOn: '3 December 2026',
  peopleCount: 3,
  steps: [
    {
      title: 'What do I see?',
      prompt: 'Look at the picture. What do you see?',
      picture,
      notes: ['Swings for older children', 'A quiet place to sit (near the pond)'],
      votes: [{ title: 'What do I see?', results: [{ votes: 2, words: 'A quiet place to sit' }] }],
    },
    { title: 'For later', prompt: null, picture: null, notes: [], votes: [] },
  ],
}

test('a cover, then one page for each step, with its words as real text', () => {
  const body = asText(writePdf(layoutReport(model, 'a4'), model.title))
  expect(body.startsWith('%PDF-1.4\n')).toBe(true)
  expect(body.trimEnd().endsWith('%%EOF')).toBe(true)
  expect(body).toMatch(/\/Type \/Pages \/Kids \[[^\]]*\] \/Count 3 >>/)
  expect(body.match(/\/Type \/Page\b(?!s)/g)).toHaveLength(3)
  const words = drawnWords(body)
  expect(words.slice(0, 4)).toEqual([
    'Park day',
    'Made on 3 December 2026',
    '3 people took part',
    'Made with WeSee',
  ])
  expect(words).toContain('What do I see?')
  expect(words).toContain('Look at the picture. What do you see?')
  expect(words).toContain(toWinAnsi('• Swings for older children'))
  expect(words).toContain('Vote: What do I see?')
  expect(words).toContain('2 votes: A quiet place to sit')
  expect(words).toContain('No notes here.')
  // The step's picture goes in as it is, once.
  expect(body.split(asText(jpeg)).length - 1).toBe(1)
  expect(body).toContain('/BaseFont /Helvetica /Encoding /WinAnsiEncoding')
  expect(body).toContain('/Title (Park day)')
})

test('A4 and Letter pages are the sizes asked for', () => {
  const letter = asText(writePdf(layoutReport(model, 'letter'), 'x'))
  expect(letter).toContain(`/MediaBox [0 0 ${paperSizes.letter.width}.00 ${paperSizes.letter.height}.00]`)
  const a4 = asText(writePdf(layoutReport(model, 'a4'), 'x'))
  expect(a4).toContain('/MediaBox [0 0 842.00 595.00]')
})

test('parentheses and backslashes are escaped; letters Helvetica lacks become "?"', () => {
  expect(pdfString('a (b) c\\d')).toBe('(a \\(b\\) c\\\\d)')
  expect(toWinAnsi('Café – it’s “fine” 🙂 你')).toBe('Caf\u00e9 \u0096 it\u0092s \u0093fine\u0094 ? ?')
  const body = asText(
    writePdf(
      [{ width: 100, height: 100, images: [], lines: [{ text: 'x (y) \\', x: 1, y: 2, size: 12 }] }],
      't',
    ),
  )
  expect(body).toContain('Td (x \\(y\\) \\\\) Tj')
})

test('many notes carry on to more pages, and no line leaves the page', () => {
  const notes = Array.from(
    { length: 80 },
    (_, i) => `Note ${i + 1}: ${'a long idea with many words '.repeat(3)}`,
  )
  const pages = layoutReport({ ...model, steps: [{ ...model.steps[0]!, notes }] }, 'a4')
  expect(pages.length).toBeGreaterThan(3)
  const words = drawnWords(asText(writePdf(pages, 't')))
  expect(words).toContain('What do I see? (continued)')
  expect(words.filter((line) => line.startsWith(toWinAnsi('• Note')))).toHaveLength(80)
  // Below the picture the notes use the whole width of the page, never over the picture.
  const first = pages[1]!
  const picture = first.images[0]!
  const below = first.lines.filter((line) => line.x === 40 && line.y < picture.y)
  expect(below.length).toBeGreaterThan(0)
  const beside = first.lines.filter((line) => line.y >= picture.y && line.y < picture.y + picture.h)
  for (const line of beside) expect(line.x).toBeGreaterThan(picture.x + picture.w)
  for (const page of pages)
    for (const line of page.lines) {
      expect(line.y).toBeGreaterThanOrEqual(40)
      expect(line.y).toBeLessThanOrEqual(page.height)
    }
})

test('the cross-reference table points at every object', () => {
  const pages: PdfPage[] = [
    { width: 10, height: 10, images: [{ image: picture, x: 0, y: 0, w: 10, h: 10 }], lines: [] },
  ]
  const body = asText(writePdf(pages, 't'))
  const startxref = Number(/startxref\n(\d+)/.exec(body)![1])
  expect(body.slice(startxref, startxref + 4)).toBe('xref')
  const offsets = [...body.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]))
  expect(offsets).toHaveLength(8)
  offsets.forEach((offset, i) => expect(body.slice(offset, offset + 8)).toBe(`${i + 1} 0 obj\n`))
})
