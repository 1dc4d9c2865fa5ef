import * as v from 'valibot'
import { maxTimerSeconds } from '../timer/TimerState.ts'

/**
 * Facilitator: start the timer for `seconds`, or, without `seconds`, carry
 * on a paused timer from where it stopped.
 */
export const timerStartCommand = v.object({
  type: v.literal('timer.start'),
  seconds: v.optional(
    v.pipe(
      v.number('The time must be a number of seconds.'),
      v.integer('The time must be a whole number of seconds.'),
      v.minValue(1, 'The timer needs at least 1 second.'),
      v.maxValue(maxTimerSeconds, `The timer can run for up to ${maxTimerSeconds / 60} minutes.`),
    ),
  ),
})

/** Facilitator: stop the clock, keeping the time left. */
export const timerPauseCommand = v.object({ type: v.literal('timer.pause') })

/** Facilitator: take the timer away. */
export const timerResetCommand = v.object({ type: v.literal('timer.reset') })
