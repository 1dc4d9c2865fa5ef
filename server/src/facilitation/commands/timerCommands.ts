import { ErrorReason, Role, timerRemainingMs } from '@wesee/shared'
import { DomainError } from '../../errors/DomainError.ts'
import type { CommandHandler } from '../CommandContext.ts'

const facilitatorOnly = [Role.Facilitator] as const

/**
 * Starts the timer for `seconds`, or carries on a paused one. The server
 * keeps only the end time; clients count down to it. `serverNow` in the
 * answer lets the sender check its clock.
 */
export const timerStart: CommandHandler<'timer.start'> = {
  roles: facilitatorOnly,
  run(ctx, command) {
    const now = ctx.now()
    const timer = ctx.control.get('timer')
    if (command.seconds !== undefined) {
      const durationMs = command.seconds * 1000
      ctx.control.transact(() =>
        ctx.control.set('timer', {
          status: 'running',
          durationMs,
          endsAt: now + durationMs,
          remainingMs: durationMs,
          changedAt: now,
        }),
      )
      return { serverNow: now }
    }
    if (!timer) throw DomainError.because(ErrorReason.TimerNeedsLength)
    if (timer.status === 'running') throw DomainError.because(ErrorReason.TimerRunning)
    ctx.control.transact(() =>
      ctx.control.set('timer', {
        ...timer,
        status: 'running',
        endsAt: now + timer.remainingMs,
        changedAt: now,
      }),
    )
    return { serverNow: now }
  },
}

/** Stops the clock, keeping the time left. */
export const timerPause: CommandHandler<'timer.pause'> = {
  roles: facilitatorOnly,
  run(ctx) {
    const now = ctx.now()
    const timer = ctx.control.get('timer')
    if (!timer) throw DomainError.because(ErrorReason.NoTimerToPause)
    if (timer.status === 'paused') throw DomainError.because(ErrorReason.TimerPaused)
    const remainingMs = timerRemainingMs(timer, now)
    if (remainingMs === 0) throw DomainError.because(ErrorReason.TimeUp)
    ctx.control.transact(() =>
      ctx.control.set('timer', { ...timer, status: 'paused', endsAt: null, remainingMs, changedAt: now }),
    )
    return { serverNow: now }
  },
}

/** Takes the timer away, whatever it was doing. */
export const timerReset: CommandHandler<'timer.reset'> = {
  roles: facilitatorOnly,
  run(ctx) {
    if (ctx.control.get('timer') !== null) ctx.control.transact(() => ctx.control.set('timer', null))
    return { serverNow: ctx.now() }
  },
}
