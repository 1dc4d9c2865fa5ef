import { useCallback, useEffect, useRef, useState } from 'react'
import { react, useValue, type Box, type Editor, type TLShapeId } from 'tldraw'
import type { ControlSnapshot } from '@wesee/shared'
import { LeaderFollower } from './LeaderFollower.ts'
import { moveViewTo } from './moveView.ts'
import { isLookingAt, type Padding } from './viewGeometry.ts'

/**
 * How this person's view relates to the group's:
 * - `leading`: "Follow me" is on and I am the one being followed;
 * - `following`: "Follow me" is on and my view follows the facilitator's;
 * - `looking-around`: "Follow me" is on but I moved away to look on my own;
 * - `free`: nobody is being followed.
 */
export type ViewMode = 'leading' | 'following' | 'looking-around' | 'free'

export interface GroupView {
  mode: ViewMode
  /** False when this person has moved away from where the group is. */
  withGroup: boolean
  /** Brings the view back to where the group is: the leader's view, or the current step's frame. */
  backToGroup: (options?: { instant?: boolean }) => void
}

/**
 * Calls `act` with a shape's page bounds as soon as the shape is in the
 * store (at once when it already is). Returns a canceller.
 */
function whenShapeBounds(editor: Editor, id: TLShapeId, act: (bounds: Box) => void): () => void {
  let cancelled = false
  let found = false
  const stop = react('wait for the frame', () => {
    if (found) return
    const bounds = editor.getShapePageBounds(id)
    if (!bounds) return
    found = true
    // Move the camera outside the reaction.
    queueMicrotask(() => {
      stop()
      if (!cancelled) act(bounds)
    })
  })
  return () => {
    cancelled = true
    stop()
  }
}

/**
 * Keeps this person's view with the group: to the step's frame when the
 * facilitator moves a step, to the facilitator's view once per "Bring
 * everyone here", and along with the facilitator's view while "Follow me" is
 * on. People may look around freely in between; `backToGroup` returns them.
 *
 * `me` is this person's participant id (null for a viewer or projector);
 * `padding` says how much of the screen our panels cover.
 */
export function useGroupView(
  editor: Editor | null,
  control: ControlSnapshot | null,
  me: string | null,
  padding: () => Padding,
): GroupView {
  const stage = control?.stage ?? null
  const summon = control?.summon ?? null
  const follow = control?.follow ?? null
  const leaderId = follow?.following ? follow.leaderId : null
  const leading = leaderId !== null && leaderId === me
  const followId = leaderId !== null && !leading ? leaderId : null
  const followChangedAt = follow?.changedAt ?? 0

  // The latest padding, read when the camera moves (our panels change size).
  const paddingRef = useRef(padding)
  useEffect(() => {
    paddingRef.current = padding
  }, [padding])

  // "Follow me": one follower per time it is turned on.
  const [follower, setFollower] = useState<LeaderFollower | null>(null)
  useEffect(() => {
    if (!editor || !followId) return
    const made = new LeaderFollower(editor, followId)
    setFollower(made)
    return () => {
      made.dispose()
      setFollower(null)
    }
  }, [editor, followId, followChangedAt])

  // A new step: bring the view to its frame (instantly the first time this
  // page sees one, so opening the board starts where the group is).
  const actedStageAt = useRef<number | null>(null)
  useEffect(() => {
    if (!editor || !stage || actedStageAt.current === stage.changedAt) return
    if (follower?.leaderIsHere()) {
      // The leader's view goes to the frame; following it brings this one along.
      actedStageAt.current = stage.changedAt
      follower.rejoin()
      return
    }
    const instant = actedStageAt.current === null
    return whenShapeBounds(editor, stage.frameId as TLShapeId, (bounds) => {
      actedStageAt.current = stage.changedAt
      moveViewTo(editor, bounds, paddingRef.current(), { instant })
    })
  }, [editor, stage, follower])

  // "Bring everyone here": once per new count. The count this page first
  // sees is history, so opening or reloading the board moves nobody.
  const seenSummons = useRef<number | null>(null)
  useEffect(() => {
    if (!control) return
    const count = summon?.count ?? 0
    if (seenSummons.current === null) {
      seenSummons.current = count
      return
    }
    if (!editor || !summon || count <= seenSummons.current) return
    seenSummons.current = count
    if (summon.leaderId !== null && summon.leaderId === me) return
    if (follower?.leaderIsHere()) {
      follower.rejoin()
      return
    }
    const target =
      summon.viewport ?? (summon.frameId ? editor.getShapePageBounds(summon.frameId as TLShapeId) : null)
    if (target) moveViewTo(editor, target, paddingRef.current())
  }, [editor, control, summon, me, follower])

  const mode = useValue<ViewMode>(
    'view mode',
    () => {
      if (leading) return 'leading'
      if (!follower || !follower.leaderIsHere()) return 'free'
      return follower.isFollowing() ? 'following' : 'looking-around'
    },
    [leading, follower],
  )

  const frameId = stage?.frameId ?? null
  const withGroup = useValue(
    'with the group',
    () => {
      if (!editor || leading) return true
      if (follower?.leaderIsHere()) return follower.isFollowing()
      if (!frameId) return true
      const frame = editor.getShapePageBounds(frameId as TLShapeId)
      if (!frame) return true
      return isLookingAt(editor.getViewportPageBounds(), frame)
    },
    [editor, leading, follower, frameId],
  )

  const backToGroup = useCallback(
    (options: { instant?: boolean } = {}) => {
      if (!editor) return
      if (follower?.leaderIsHere()) {
        follower.rejoin()
        return
      }
      const frame = frameId ? editor.getShapePageBounds(frameId as TLShapeId) : undefined
      if (frame) moveViewTo(editor, frame, paddingRef.current(), options)
    },
    [editor, follower, frameId],
  )

  return { mode, withGroup, backToGroup }
}
