import { creditedName, nameForRecords, type ParticipantProfile } from '@wesee/shared'
import { nameShapesByWhoTheyAre, type LooseRecord } from './namesByWhoTheyAre.ts'

/** One name to take out, and the words that stand in for it. */
interface NameSwap {
  pattern: RegExp
  replacement: string
}

// Props that hold words tldraw draws: notes, text, geo and arrow labels
// (`richText`), picture notes (`text`), frames (`name`), pictures' alt text.
const plainTextProps = ['text', 'name', 'altText'] as const

function escapeForRegExp(words: string): string {
  return words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * The names to take out of an export: everyone who is not to be credited
 * and has a name on the board. Longest first, so "Mary Ann" goes before
 * "Mary". Whole words only, so a name inside a longer word stays.
 */
function swapsFor(people: readonly ParticipantProfile[]): NameSwap[] {
  return people
    .filter((person) => person.name?.trim() && creditedName(person) === null)
    .sort((a, b) => b.name!.trim().length - a.name!.trim().length)
    .map((person) => ({
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}])${escapeForRegExp(person.name!.trim())}(?![\\p{L}\\p{N}])`,
        'gu',
      ),
      replacement: nameForRecords(person),
    }))
}

function swapWords(words: string, swaps: readonly NameSwap[]): string {
  return swaps.reduce((result, swap) => result.replace(swap.pattern, () => swap.replacement), words)
}

/** `words` with the name of everyone who did not agree to be credited swapped (see `hideUncreditedNames`). */
export function hideNamesInWords(words: string, people: readonly ParticipantProfile[]): string {
  return swapWords(words, swapsFor(people))
}

/** A rich-text tree (ProseMirror JSON) with its `text` leaves swapped. */
function swapRichText(node: unknown, swaps: readonly NameSwap[]): unknown {
  if (Array.isArray(node)) return node.map((child) => swapRichText(child, swaps))
  if (typeof node !== 'object' || node === null) return node
  const result: Record<string, unknown> = { ...(node as Record<string, unknown>) }
  if (typeof result.text === 'string') result.text = swapWords(result.text, swaps)
  if (Array.isArray(result.content)) result.content = swapRichText(result.content, swaps)
  return result
}

/**
 * Copies of the board's records for an export, with the name of everyone
 * who did not agree to be credited replaced by their neutral words
 * (`nameForRecords`): in column headers from a reveal and welcome cards
 * (by who they are for), and anywhere else their name is written. The live board is not changed; only what is
 * drawn into the file is. Names are matched as whole words, with their
 * capitals, so "Will" is taken out but "we will" stays.
 */
export function hideUncreditedNames<T extends LooseRecord>(
  records: readonly T[],
  people: readonly ParticipantProfile[],
): T[] {
  const swaps = swapsFor(people)
  // First the shapes made to name someone, by who they are for; then any name left, by its words.
  return nameShapesByWhoTheyAre(records, people).map((record) => {
    if (record.typeName !== 'shape' || typeof record.props !== 'object' || record.props === null)
      return record
    const props: Record<string, unknown> = { ...record.props }
    if (props.richText !== undefined) props.richText = swapRichText(props.richText, swaps)
    for (const key of plainTextProps) {
      if (typeof props[key] === 'string') props[key] = swapWords(props[key], swaps)
    }
    return { ...record, props }
  })
}
