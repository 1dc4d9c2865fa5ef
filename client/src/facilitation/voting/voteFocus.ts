import { focusWhenReady } from '../../a11y/focusWhenReady.ts'
import type { MyBallot } from './useMyBallot.ts'

/**
 * Vote, then put focus on "Take back" for the same note (and the other way
 * round), in the same place (`scope`: the overlay or the list). The button
 * pressed is swapped for the other one, so without this focus would drop
 * to the page and a keyboard user would start again from the top.
 */
export async function castAndFocus(ballot: MyBallot, shapeId: string, scope: string): Promise<void> {
  await ballot.cast(shapeId)
  focusWhenReady(`${scope} [data-vote-note="${CSS.escape(shapeId)}"][data-vote-action="retract"]`)
}

export async function retractAndFocus(ballot: MyBallot, shapeId: string, scope: string): Promise<void> {
  await ballot.retract(shapeId)
  focusWhenReady(`${scope} [data-vote-note="${CSS.escape(shapeId)}"][data-vote-action="cast"]`)
}
