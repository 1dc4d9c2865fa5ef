import { text } from '../../text.ts'
import { useBoardSession } from '../BoardSession.ts'
import { useCommand } from '../useCommand.ts'

/** The facilitator puts "Last time we…" on the projector, at the start of a session. */
export function StoryOnScreenButton() {
  const session = useBoardSession()
  const { send, busy } = useCommand()
  const shown = session.control?.storyOnScreen != null
  return (
    <button
      type="button"
      className="button"
      aria-pressed={shown}
      disabled={busy}
      onClick={() => void send({ type: 'story.show', shown: !shown })}
    >
      {shown ? text.story.stopShowing : text.story.show}
    </button>
  )
}
