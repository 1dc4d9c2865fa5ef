import { useEffect, useState } from 'react'
import { text } from '../../text.ts'
import { ButtonPicture } from '../ButtonPicture.tsx'
import type { GroupView } from './useGroupView.ts'

/** How long a view must stay away before we offer the way back (not during a camera move). */
const awayForMs = 600

/** True once `value` has stayed true for `ms`; false at once when it turns false. */
function useTrueFor(value: boolean, ms: number): boolean {
  const [settled, setSettled] = useState(false)
  useEffect(() => {
    if (!value) {
      setSettled(false)
      return
    }
    const timer = window.setTimeout(() => setSettled(true), ms)
    return () => window.clearTimeout(timer)
  }, [value, ms])
  return value && settled
}

/**
 * Shows, in words and a shape, whose view this is while "Follow me" is on,
 * and offers "Back to the group" to someone who has moved away.
 */
export function ViewNotice({ view }: { view: GroupView }) {
  const away = useTrueFor(!view.withGroup, awayForMs)
  const notice =
    view.mode === 'leading'
      ? { icon: '1F463', words: text.follow.everyoneFollowsYou }
      : view.mode === 'following'
        ? { icon: '1F440', words: text.follow.followingLeader }
        : view.mode === 'looking-around'
          ? { icon: '1F9ED', words: text.follow.lookingAround }
          : null
  if (!notice && !away) return null
  return (
    <div className="view-notice">
      {notice && (
        <p className="status-pill view-pill" data-testid="view-mode">
          <ButtonPicture id={notice.icon} />
          {notice.words}
        </p>
      )}
      {away && (
        <button
          type="button"
          className="button button-primary back-to-group"
          onClick={() => view.backToGroup()}
        >
          <ButtonPicture id="21A9" />
          {text.follow.backToGroup}
        </button>
      )}
    </div>
  )
}
