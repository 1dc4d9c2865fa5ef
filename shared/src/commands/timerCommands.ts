import * as v from 'valibot'
import { ErrorReason, schemaMessage } from '../errorReasons.ts'
import { maxTimerSeconds } from '../timer/TimerState.ts'

/**
 * Facilitator: start the timer for `seconds`, or, without `seconds`, carry
 * on a paused timer from where it stopped.
 */
export const timerStartCommand = v.object({
  type: v.literal('timer.start'),
  seconds: v.optional(
    v.pipe(
      v.number(schemaMessage(ErrorReason.TimerNeedsLength)),
      v.integer(schemaMessage(ErrorReason.TimerNeedsLength)),
      v.minValue(1, schemaMessage(ErrorReason.TimerNeedsLength)),
      v.maxValue(maxTimerSeconds, schemaMessage(ErrorReason.TimerTooLong, { minutes: maxTimerSeconds / 60 })),
    ),
  ),
})

/** Facilitator: stop the clock, keeping the time left. */
export const timerPauseCommand = v.object({ type: v.literal('timer.pause') })

/** Facilitator: take the timer away. */
export const timerResetCommand = v.object({ type: v.literal('timer.reset') })
