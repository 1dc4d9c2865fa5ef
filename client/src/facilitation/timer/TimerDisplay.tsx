import { useContext } from 'react'
import { formatTimeLeft, type TimerState } from '@wesee/shared'
import { useText } from '../../i18n/wordsInLanguage.tsx'
import { BoardSessionContext } from '../BoardSession.ts'
import './timer.css'
import { useTimerSignals } from './useTimerSignals.ts'
import { useTimeLeft } from './useTimeLeft.ts'
import { Icon } from '../../icons/Icon.tsx'

/**
 * The time left, for everyone: on the board, and `large` on the projector.
 * Reads the board's timer unless one is given. At the end it changes calmly
 * (a soft colour, a tick and "Time is up"); nothing flashes, nothing turns
 * red. Screen readers hear one minute left and the end, not every second.
 */
export function TimerDisplay({
  timer: given,
  large = false,
  announce = true,
}: {
  timer?: TimerState | null
  large?: boolean
  /** False where another display on the same page already speaks. */
  announce?: boolean
}) {
  const text = useText()
  const session = useContext(BoardSessionContext)
  const timer = given === undefined ? (session?.control?.timer ?? null) : given
  const timeLeft = useTimeLeft(timer)
  useTimerSignals(timer, timeLeft, announce)
  if (!timer || timeLeft === null) return null

  const done = timeLeft === 0
  const paused = timer.status === 'paused' && !done
  const classes = ['timer-display', large && 'timer-large', done && 'timer-done', paused && 'timer-paused']
  return (
    <div
      className={classes.filter(Boolean).join(' ')}
      role="timer"
      aria-label={text.timer.label}
      data-testid="timer"
    >
      {done && <Icon name="check" className="timer-icon" />}
      {done ? (
        <span className="timer-words">{text.timer.timeIsUp}</span>
      ) : (
        <span className="timer-words">
          {paused && <span className="timer-state">{text.timer.paused} </span>}
          <span className="timer-time">{formatTimeLeft(timeLeft)}</span> {text.timer.left}
        </span>
      )}
    </div>
  )
}
