import { toCsv } from '../csv/toCsv.ts'
import type { SummaryModel } from './SummaryModel.ts'
import { summaryWordsIn } from './summaryWords.ts'

/** Every note as a spreadsheet row: frame, words, author (or "anonymous"), votes, when it was made. */
export function notesCsv(summary: SummaryModel): string {
  const words = summaryWordsIn(summary.language)
  const sections = [
    ...summary.stages.flatMap((stage) => stage.sections),
    ...(summary.forLater ? [summary.forLater] : []),
    ...summary.otherSections,
  ]
  const rows: Array<Array<string | number | null>> = [[...words.csvHeader]]
  for (const section of sections) {
    for (const note of section.notes) {
      const text = [note.text, ...note.pictures.map((p) => `[${words.picturesLabel}: ${p}]`)]
        .filter(Boolean)
        .join(' ')
      rows.push([
        section.kind === 'elsewhere' ? words.elsewhere : section.title,
        text,
        note.author ?? words.anonymous,
        note.votes,
        note.createdAt === null ? null : new Date(note.createdAt).toISOString(),
      ])
    }
  }
  return toCsv(rows)
}
