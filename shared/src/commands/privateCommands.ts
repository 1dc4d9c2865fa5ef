import * as v from 'valibot'
import { shapeIdSchema } from './followCommands.ts'

/**
 * Facilitator: everyone writes on their own. New notes each person makes in
 * the frame (default: the "What do I see?" frame) go to their private doc,
 * which only they can open, until they share them or the facilitator
 * reveals everyone's.
 */
export const privateStartCommand = v.object({
  type: v.literal('private.start'),
  frameId: v.optional(shapeIdSchema),
})

/**
 * Participant (own notes, with token): put my private notes on the board
 * now, with my picture and name — or, with `anonymous`, without them (then
 * they wait for the reveal, so nobody can tell whose they are by when they
 * appeared).
 */
export const privateShareCommand = v.object({
  type: v.literal('private.share'),
  anonymous: v.optional(v.boolean('Choose yes or no for sharing without your name.')),
})

/** Facilitator: put everyone's private notes on the board, one column per person. */
export const privateRevealCommand = v.object({ type: v.literal('private.reveal') })

/** Facilitator: stop writing on your own without sharing; notes stay private. */
export const privateStopCommand = v.object({ type: v.literal('private.stop') })
