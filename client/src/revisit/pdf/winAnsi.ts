/**
 * Words in a PDF written with the standard Helvetica font, which every PDF
 * reader has, so no font goes in the file. That font knows only the
 * WinAnsi characters (English and Western European letters, curly quotes,
 * dashes); any other character is written as "?".
 */

// The WinAnsi codes 0x80–0x9F that are not the same as Latin-1.
const specialCodes: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
}

/** One character's WinAnsi code, or the code of "?" when the font has no such letter. */
function codeOf(character: string): number {
  const special = specialCodes[character]
  if (special !== undefined) return special
  const code = character.codePointAt(0) ?? 0x3f
  if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)) return code
  if (code === 0x09) return 0x20
  return 0x3f
}

/** `words` as WinAnsi codes, one character per code (what `latin1` writes out as bytes). */
export function toWinAnsi(words: string): string {
  return Array.from(words, (character) => String.fromCharCode(codeOf(character))).join('')
}

/**
 * A PDF string of `words`: WinAnsi, in parentheses, with the three
 * characters PDF treats specially inside them escaped.
 */
export function pdfString(words: string): string {
  return `(${toWinAnsi(words).replace(/[\\()]/g, (sign) => `\\${sign}`)})`
}

// Helvetica's widths (thousandths of the font size) for codes 32–126, from its metrics file.
// prettier-ignore
const asciiWidths = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
]

/**
 * How wide `words` are in Helvetica at `size` points. Bold is a little
 * wider; letters outside plain ASCII count as a wide letter. Close enough to
 * wrap lines so they never run off the page.
 */
export function textWidth(words: string, size: number, bold = false): number {
  let total = 0
  for (const code of toWinAnsi(words)) {
    const at = code.charCodeAt(0) - 32
    total += at >= 0 && at < asciiWidths.length ? asciiWidths[at]! : 611
  }
  return (total * size * (bold ? 1.08 : 1)) / 1000
}
