/**
 * Join codes are six letters a person can read off a projector and type on a
 * phone. The alphabet leaves out letters that look like digits or each other
 * (0/O, 1/I/L) so a code cannot be misread.
 */
export const joinCodeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ'
export const joinCodeLength = 6

/**
 * Turns what a person typed into a code: upper case, without spaces or
 * dashes. Returns null when the result cannot be a code.
 */
export function normalizeJoinCode(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '')
  if (code.length !== joinCodeLength) return null
  for (const letter of code) if (!joinCodeAlphabet.includes(letter)) return null
  return code
}

/** Splits a code in two halves for reading: "ABC DEF". */
export function displayJoinCode(code: string): string {
  return `${code.slice(0, 3)} ${code.slice(3)}`
}
