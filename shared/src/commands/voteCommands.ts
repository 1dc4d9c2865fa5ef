import * as v from 'valibot'
import { ErrorReason, schemaMessage } from '../errorReasons.ts'
import { maxVotesPerPerson, maxVoteNotes } from '../voting/VoteState.ts'
import { shapeIdSchema } from './followCommands.ts'

const noteIdSchema = v.pipe(
  v.string('Choose a note on the board.'),
  v.regex(/^shape:[A-Za-z0-9_-]{1,64}$/, 'Choose a note on the board.'),
)

const participantIdSchema = v.pipe(
  v.string('Choose the person you are voting for.'),
  v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'Choose the person you are voting for.'),
)

/**
 * Facilitator: open a vote on the notes in a frame (`frameId`, default: the
 * current step's frame) or on chosen notes (`shapeIds`), not both.
 */
const votesOutOfRange = schemaMessage(ErrorReason.VotesPerPersonOutOfRange, { max: maxVotesPerPerson })

export const voteStartCommand = v.object({
  type: v.literal('vote.start'),
  frameId: v.optional(shapeIdSchema),
  shapeIds: v.optional(
    v.pipe(
      v.array(noteIdSchema, 'Choose the notes to vote on.'),
      v.minLength(1, 'Choose at least one note to vote on.'),
      v.maxLength(maxVoteNotes, schemaMessage(ErrorReason.VoteHasTooManyNotes, { max: maxVoteNotes })),
    ),
  ),
  votesPerPerson: v.optional(
    v.pipe(
      v.number(votesOutOfRange),
      v.integer(votesOutOfRange),
      v.minValue(1, votesOutOfRange),
      v.maxValue(maxVotesPerPerson, votesOutOfRange),
    ),
  ),
  allowSameNoteTwice: v.optional(v.boolean('Choose yes or no for voting for the same note twice.')),
  anonymous: v.optional(v.boolean('Choose yes or no for a secret vote.')),
  results: v.optional(v.picklist(['live', 'hidden'], 'Choose to show results live or at the end.')),
})

/**
 * Participant (with token) or facilitator: put one vote on a note, or take
 * one back. `onBehalfOf` (facilitator only) votes for someone in the room
 * who cannot use a device; `consentConfirmed` must then be true.
 */
const voteOnNoteFields = {
  shapeId: noteIdSchema,
  onBehalfOf: v.optional(participantIdSchema),
  consentConfirmed: v.optional(v.boolean('Choose yes or no for their agreement.')),
}

export const voteCastCommand = v.object({ type: v.literal('vote.cast'), ...voteOnNoteFields })
export const voteRetractCommand = v.object({ type: v.literal('vote.retract'), ...voteOnNoteFields })

/** Facilitator: close the vote (results stay hidden until revealed, unless live). */
export const voteEndCommand = v.object({ type: v.literal('vote.end') })

/** Facilitator: show the results to everyone (ends the vote first if it is open). */
export const voteRevealCommand = v.object({ type: v.literal('vote.reveal') })
