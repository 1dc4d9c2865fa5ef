import { textWidth } from './winAnsi.ts'

/**
 * Breaks `words` into lines no wider than `width` points at `size`: at
 * spaces, keeping the writer's own line breaks, and cutting a word only
 * when it is wider than a whole line by itself.
 */
export function wrapText(words: string, width: number, size: number, bold = false): string[] {
  const fits = (line: string) => textWidth(line, size, bold) <= width
  const lines: string[] = []
  for (const paragraph of words.split(/\r?\n/)) {
    let line = ''
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const joined = line ? `${line} ${word}` : word
      if (fits(joined)) {
        line = joined
        continue
      }
      if (line) lines.push(line)
      line = word
      // A word longer than a line (a web address, say) is cut into pieces that fit.
      while (!fits(line)) {
        let cut = line.length - 1
        while (cut > 1 && !fits(line.slice(0, cut))) cut--
        lines.push(line.slice(0, cut))
        line = line.slice(cut)
      }
    }
    lines.push(line)
  }
  // Blank lines at the end add nothing.
  while (lines.length > 1 && lines.at(-1) === '') lines.pop()
  return lines
}
