import { displayName, type ParticipantProfile, type VoteState } from '@wesee/shared'
import type { OutlineNote } from '../listView/boardOutline.ts'
import { text } from '../text.ts'

/**
 * "By Kim", or "By someone" when the note was shared without a name or its
 * author is not known. The one rule for who wrote a note, used by the list
 * view, the board in words and what the canvas says.
 */
export function noteByline(note: OutlineNote, people: ReadonlyMap<string, ParticipantProfile>): string {
  const author = note.authorId ? people.get(note.authorId) : undefined
  return note.anonymous || !author ? text.list.bySomeone : text.list.by(displayName(author))
}

/** A note's pictures and words, as one phrase ("Dog. Walks help"). */
export function noteWordsOf(note: OutlineNote): string {
  const words = [note.pictureNames.join(', '), note.text].filter(Boolean).join('. ')
  return words || text.list.noWords
}

/** What a note is, in full, for a screen reader: words, who wrote it, votes, privacy. */
export function describeNote(
  note: OutlineNote,
  people: ReadonlyMap<string, ParticipantProfile>,
  {
    vote = null,
    isPrivate = false,
  }: {
    vote?: VoteState | null
    isPrivate?: boolean
  } = {},
): string {
  const parts = [noteWordsOf(note), noteByline(note, people)]
  if (vote?.status === 'open' && vote.shapeIds.includes(note.id)) parts.push(text.boardWords.inTheVote)
  const counted = vote?.tally?.notes.find((result) => result.shapeId === note.id)
  if (counted) parts.push(text.boardWords.votes(counted.votes))
  if (isPrivate) parts.push(text.privateWriting.onlyYou)
  return parts.map((part) => part.replace(/[.\s]+$/, '')).join('. ') + '.'
}
