import type { Editor } from 'tldraw'
import { text } from '../../text.ts'
import { useBoardSession } from '../BoardSession.ts'
import { ButtonPicture } from '../ButtonPicture.tsx'
import { useCommand } from '../useCommand.ts'

/**
 * The facilitator's view buttons: "Follow me" (everyone's view follows
 * theirs live, until they press it again) and "Bring everyone here" (once,
 * to what the facilitator sees now; people may look around straight after).
 */
export function GroupViewButtons({ editor }: { editor: Editor | null }) {
  const { control } = useBoardSession()
  const { send, problem, busy } = useCommand()
  const following = control?.follow.following ?? false

  const bringHere = () => {
    // Not disabled while busy: a disabled button drops keyboard focus.
    if (!editor || busy) return
    const { x, y, w, h } = editor.getViewportPageBounds()
    void send({ type: 'follow.bringHere', viewport: { x, y, w, h } })
  }

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          if (!busy) void send({ type: 'follow.set', following: !following })
        }}
      >
        <ButtonPicture id={following ? '23F9' : '1F463'} />
        {following ? text.follow.stopFollowMe : text.follow.followMe}
      </button>
      <button type="button" className="button" onClick={bringHere}>
        <ButtonPicture id="1F4CD" />
        {text.follow.bringHere}
      </button>
      {problem && (
        <p className="message message-problem" role="alert">
          {problem}
        </p>
      )}
    </>
  )
}
