import { toRichText } from 'tldraw'
import { nameForRecords, type ParticipantProfile } from '@wesee/shared'

/** A record as the store holds it, read loosely: only the fields used here. */
export type LooseRecord = {
  typeName?: unknown
  type?: unknown
  parentId?: unknown
  x?: unknown
  y?: unknown
  props?: object
  meta?: object
}

const metaOf = (record: LooseRecord) => (record.meta ?? {}) as Record<string, unknown>

/**
 * Whose column a reveal's header names: the writer of the first shared
 * note under it (same frame, same left edge). Null for the column of notes
 * shared without a name, or when there is no note under it any more.
 */
function columnOwner(header: LooseRecord, records: readonly LooseRecord[]): string | null {
  const below = records
    .filter(
      (record) =>
        record.typeName === 'shape' &&
        metaOf(record).privateWriting === true &&
        record.parentId === header.parentId &&
        record.x === header.x &&
        typeof record.y === 'number' &&
        record.y > (header.y as number),
    )
    .sort((a, b) => (a.y as number) - (b.y as number))
  const author = below[0] && metaOf(below[0]).authorId
  return typeof author === 'string' ? author : null
}

/**
 * Writes, from who they are for, the words of the shapes the server made
 * to name a person: their welcome card and the header over their column
 * after a reveal. Matched by the person, not the words, so a header that
 * still shows a name someone has since changed is caught too. The words
 * become `nameForRecords`: their name only if they agreed to be credited.
 */
export function nameShapesByWhoTheyAre<T extends LooseRecord>(
  records: readonly T[],
  people: readonly ParticipantProfile[],
): T[] {
  const byId = new Map(people.map((person) => [person.id, person]))
  return records.map((record) => {
    if (record.typeName !== 'shape') return record
    const meta = metaOf(record)
    if (typeof meta.welcomeFor === 'string') {
      const person = byId.get(meta.welcomeFor)
      if (person) return { ...record, props: { ...record.props, text: nameForRecords(person) } }
    }
    if (meta.privateWritingColumn === true && record.type === 'text' && typeof record.y === 'number') {
      const owner = columnOwner(record, records)
      const person = owner ? byId.get(owner) : undefined
      if (person)
        return { ...record, props: { ...record.props, richText: toRichText(nameForRecords(person)) } }
    }
    return record
  })
}
