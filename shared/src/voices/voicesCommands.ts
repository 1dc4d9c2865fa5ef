import * as v from 'valibot'
import { ErrorReason, schemaMessage } from '../errorReasons.ts'
import { cardKinds } from './voicesState.ts'

const personSchema = v.pipe(
  v.string('Choose a person.'),
  v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'Choose a person.'),
)

const noteSchema = v.pipe(
  v.string('Choose a note on the board.'),
  v.regex(/^shape:[A-Za-z0-9_-]{1,64}$/, 'Choose a note on the board.'),
)

/** Participant: put my hand up. */
export const handRaiseCommand = v.object({ type: v.literal('hand.raise') })

/** Participant: put my hand down. Facilitator: put anyone's down (`participantId`). */
export const handLowerCommand = v.object({
  type: v.literal('hand.lower'),
  participantId: v.optional(personSchema),
})

/** Facilitator: give someone the turn to speak; their hand comes down. */
export const turnGiveCommand = v.object({ type: v.literal('turn.give'), participantId: personSchema })

/** Facilitator, or the person whose turn it is: the turn is over. */
export const turnEndCommand = v.object({ type: v.literal('turn.end') })

/** Facilitator: go round everyone here now, one at a time. */
export const roundStartCommand = v.object({
  type: v.literal('round.start'),
  order: v.optional(
    v.picklist(['joined', 'random'], 'Choose to go round in the order people joined, or mixed up.'),
  ),
  prompt: v.optional(
    v.pipe(
      v.string('The question for the round must be words.'),
      v.trim(),
      v.maxLength(200, schemaMessage(ErrorReason.RoundQuestionTooLong, { max: 200 })),
    ),
  ),
})

/** The person whose turn it is in the round (or the facilitator for them): pass. */
export const roundPassCommand = v.object({ type: v.literal('round.pass') })

/** Facilitator: on to the next person in the round. */
export const roundNextCommand = v.object({ type: v.literal('round.next') })

/** Facilitator: end the round now. */
export const roundEndCommand = v.object({ type: v.literal('round.end') })

/** Anyone who joined: hold up a card without speaking. */
export const cardSendCommand = v.object({
  type: v.literal('signal.send'),
  kind: v.picklist(cardKinds, 'Choose one of the cards.'),
})

/** Facilitator: mark a card sent to them as seen. */
export const cardSeenCommand = v.object({
  type: v.literal('signal.seen'),
  id: v.pipe(v.string('Choose a card.'), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'Choose a card.')),
})

/** Facilitator: this note is one of our agreements. */
export const agreementAddCommand = v.object({ type: v.literal('agreement.add'), shapeId: noteSchema })

/** Facilitator: this note is no longer one of our agreements. */
export const agreementRemoveCommand = v.object({ type: v.literal('agreement.remove'), shapeId: noteSchema })

/** Facilitator: show "Remember what we agreed" on every screen, or stop showing it. */
export const agreementShowCommand = v.object({
  type: v.literal('agreement.show'),
  shown: v.boolean('Choose to show our agreements or not.'),
})

/** Facilitator: put "Last time we…" (the story so far) on the projector, or take it away. */
export const storyShowCommand = v.object({
  type: v.literal('story.show'),
  shown: v.boolean('Choose to show the story so far or not.'),
})
