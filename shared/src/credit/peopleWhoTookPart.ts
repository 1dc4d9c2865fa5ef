import type { ParticipantProfile } from '../controlDoc.ts'
import { isNoteShape, shapeAuthorId } from '../revisit/shapeText.ts'

/**
 * Who took part, for "N people took part": everyone who joined, except a
 * facilitator who only ran the session (one who wrote a note counts).
 * `records` are the board's records, to see who wrote notes.
 */
export function peopleWhoTookPart(
  participants: readonly ParticipantProfile[],
  records: Iterable<unknown>,
): ParticipantProfile[] {
  const writers = new Set<string>()
  for (const record of records) {
    const author = isNoteShape(record) ? shapeAuthorId(record) : null
    if (author) writers.add(author)
  }
  return participants.filter((person) => !person.isFacilitator || writers.has(person.id))
}
