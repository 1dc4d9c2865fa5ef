import type { Editor, TLShapeId } from 'tldraw'
import {
  isNoteShape,
  shapePictureNames,
  shapeText,
  type ControlSnapshot,
  type ParticipantProfile,
  type ShapeLike,
  type VoteTally,
} from '@wesee/shared'
import { text } from '../../text.ts'
import { hideNamesInWords } from '../names/hideUncreditedNames.ts'
import type { ReportVote } from './layoutReport.ts'

/**
 * The words on each note in a frame (through groups), in reading order: top
 * to bottom, then left to right. Read from the export copy, so names are
 * already taken out where people did not agree. A note with only a picture
 * is written as the picture's name.
 */
export function notesInFrame(copy: Editor, frameId: string): string[] {
  const ids = copy.getShapeAndDescendantIds([frameId as TLShapeId])
  return [...ids]
    .map((id) => copy.getShape(id))
    .filter((shape) => shape !== undefined && isNoteShape(shape))
    .map((shape) => ({ shape: shape!, bounds: copy.getShapePageBounds(shape!) }))
    .sort((a, b) => (a.bounds?.y ?? 0) - (b.bounds?.y ?? 0) || (a.bounds?.x ?? 0) - (b.bounds?.x ?? 0))
    .map(({ shape }) => {
      const words = shapeText(shape as unknown as ShapeLike)
      if (words) return words
      const pictures = shapePictureNames(shape as unknown as ShapeLike)
      return pictures.length > 0 ? text.exports.pdf.pictureOnly(pictures.join(', ')) : ''
    })
    .filter((words) => words !== '')
}

interface ShownVote {
  id: string
  title: string
  frameId: string | null
  tally: VoteTally
}

/** Votes whose results everyone saw: the finished ones the board keeps, and the current one once shown. */
function shownVotes(control: ControlSnapshot): ShownVote[] {
  const votes: ShownVote[] = control.voteResults.map((vote) => ({ ...vote, frameId: null }))
  const current = control.vote
  if (current?.revealed && current.tally && !votes.some((vote) => vote.id === current.id))
    votes.push({ id: current.id, title: current.title, frameId: current.frameId, tally: current.tally })
  return votes.map((vote) => (vote.id === current?.id ? { ...vote, frameId: current.frameId } : vote))
}

/**
 * The results of the votes held in a frame: a vote belongs to it when it
 * was held there, or its notes are in it. The notes' words are as they
 * were when the votes were counted, so names are taken out here too.
 */
export function votesInFrame(
  copy: Editor,
  control: ControlSnapshot,
  frameId: string,
  people: readonly ParticipantProfile[],
): ReportVote[] {
  const inFrame = copy.getShapeAndDescendantIds([frameId as TLShapeId]) as Set<string>
  return shownVotes(control)
    .filter((vote) => vote.frameId === frameId || vote.tally.notes.some((note) => inFrame.has(note.shapeId)))
    .map((vote) => ({
      title: hideNamesInWords(vote.title, people),
      results: vote.tally.notes
        .filter((note) => note.votes > 0)
        .map((note) => ({ votes: note.votes, words: hideNamesInWords(note.text, people) })),
    }))
}
