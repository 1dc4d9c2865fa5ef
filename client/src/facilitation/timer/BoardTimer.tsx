import { Role, timerRemainingMs } from '@wesee/shared'
import { usePhoneView } from '../../layout/phoneView.ts'
import { text } from '../../text.ts'
import { useBoardSession } from '../BoardSession.ts'
import { useCommand } from '../useCommand.ts'
import { serverNow } from './serverClock.ts'
import { SoundToggle } from './SoundToggle.tsx'
import { TimerDisplay } from './TimerDisplay.tsx'
import { useTimerAnnouncements } from './useTimerAnnouncements.ts'

/**
 * The timer on the board, while one is set: the time left and the sound
 * choice for everyone; pause, carry on and stop for the facilitator.
 */
export function BoardTimer() {
  const session = useBoardSession()
  const timer = session.control?.timer ?? null
  const { send, busy, problem } = useCommand()
  // On a phone the sound choice waits in More, so the top stays one line.
  const phoneView = usePhoneView()
  useTimerAnnouncements(timer, session.control !== null)
  if (!timer) return null
  const isFacilitator = session.role === Role.Facilitator
  const running = timer.status === 'running' && timerRemainingMs(timer, serverNow()) > 0
  return (
    <div className="board-timer">
      <TimerDisplay timer={timer} />
      {!phoneView && <SoundToggle />}
      {isFacilitator && timer.status === 'paused' && (
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void send({ type: 'timer.start' })}
        >
          {text.timer.carryOn}
        </button>
      )}
      {isFacilitator && running && (
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void send({ type: 'timer.pause' })}
        >
          {text.timer.pause}
        </button>
      )}
      {isFacilitator && (
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void send({ type: 'timer.reset' })}
        >
          {text.timer.stop}
        </button>
      )}
      {problem && (
        <p className="message message-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  )
}
