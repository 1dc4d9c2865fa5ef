import { useEffect, useRef } from 'react'
import type { TLShape, TLShapeId } from 'tldraw'
import type { ControlSnapshot, SummonState } from '@wesee/shared'
import { announce } from '../../a11y/announce.ts'
import { currentEditor } from '../../board/currentEditor.ts'
import { text } from '../../text.ts'

interface Seen {
  stageAt: number | null
  followAt: number
  summons: number
}

/**
 * Says out loud what the facilitator just did with everyone's view: a new
 * step ("Now: What do you see?"), "Follow me" on or off, "Bring everyone
 * here". The facilitator's powers are never silent ("Know your power").
 * What was already so when the page opened is not announced.
 */
export function useGuideAnnouncements(control: ControlSnapshot | null, me: string | null): void {
  const seen = useRef<Seen | null>(null)
  useEffect(() => {
    if (!control) return
    const now: Seen = {
      stageAt: control.stage?.changedAt ?? null,
      followAt: control.follow.changedAt,
      summons: control.summon?.count ?? 0,
    }
    const before = seen.current
    seen.current = now
    if (!before) return
    const messages: string[] = []
    if (control.stage && now.stageAt !== before.stageAt) {
      messages.push(text.stages.nowAnnouncement(control.stage.title))
    }
    if (now.followAt !== before.followAt) {
      const leadingMyself = control.follow.leaderId !== null && control.follow.leaderId === me
      if (!control.follow.following) messages.push(text.follow.stoppedAnnouncement)
      else messages.push(leadingMyself ? text.follow.everyoneFollowsYou : text.follow.startedAnnouncement)
    }
    if (control.summon && now.summons > before.summons) {
      const mine = control.summon.leaderId !== null && control.summon.leaderId === me
      const frame = summonedFrame(control.summon)
      if (frame) messages.push(mine ? text.follow.summonedYouTo(frame) : text.follow.summonedTo(frame))
      else messages.push(mine ? text.follow.summonedYou : text.follow.summonedAnnouncement)
    }
    if (messages.length > 0) announce(messages.join(' '))
  }, [control, me])
}

/**
 * Where "Bring everyone here" went: the frame's name (the frame asked for,
 * or the one in the middle of the facilitator's view), or null.
 */
function summonedFrame(summon: SummonState): string | null {
  const editor = currentEditor.get()
  if (!editor) return null
  let frame: TLShape | undefined
  if (summon.frameId) frame = editor.getShape(summon.frameId as TLShapeId)
  else if (summon.viewport) {
    const { x, y, w, h } = summon.viewport
    frame = editor
      .getShapesAtPoint({ x: x + w / 2, y: y + h / 2 }, { hitInside: true })
      .find((shape) => shape.type === 'frame')
  }
  const name = (frame?.props as { name?: unknown } | undefined)?.name
  return typeof name === 'string' && name ? name : null
}
