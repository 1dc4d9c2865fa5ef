import { text } from '../../text.ts'
import { useBoardSession } from '../BoardSession.ts'
import { useCommand } from '../useCommand.ts'

/**
 * The facilitator's switch for everyone else's drawing tools (pen,
 * highlighter, eraser): put away, a phone's toolbar holds only what the
 * session needs. The facilitator keeps their own.
 */
export function DrawingToolsButton() {
  const session = useBoardSession()
  const { send, busy, problem } = useCommand()
  const drawing = session.control?.tools.drawing ?? true
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => void send({ type: 'tools.set', drawing: !drawing })}
      >
        {drawing ? text.tools.putAway : text.tools.giveBack}
      </button>
      {problem && (
        <p className="message message-problem" role="alert">
          {problem}
        </p>
      )}
    </>
  )
}
