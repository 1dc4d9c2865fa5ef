import { useCallback } from 'react'
import { displayName, readPrivateWriting, Role } from '@wesee/shared'
import { useCurrentEditor } from '../../board/currentEditor.ts'
import { text } from '../../text.ts'
import { useBoardSession } from '../BoardSession.ts'
import { usePrivateCounts } from './usePrivateCounts.ts'
import { usePrivateWritingAnnouncements } from './usePrivateWritingAnnouncements.ts'
import './privateWriting.css'

/**
 * What everyone may know about private writing while it is on: that it is
 * on, and who last shared their notes. The facilitator also sees who is
 * writing and how many notes each person has — a number, never words.
 * Participants do not see each other's counts: nobody should feel measured
 * against anyone else.
 */
export function PrivateWritingStatus() {
  const session = useBoardSession()
  const editor = useCurrentEditor()
  const state = session.control ? readPrivateWriting(session.control) : null
  const participants = session.control?.participants ?? []
  const frameTitle = useCallback(
    (frameId: string) => {
      const frame = editor?.getShape(frameId as never) as { props?: { name?: unknown } } | undefined
      return typeof frame?.props?.name === 'string' && frame.props.name ? frame.props.name : frameId
    },
    [editor],
  )
  const isFacilitator = session.role === Role.Facilitator
  // Per-person counts come from a facilitator-only route, never the control doc.
  const counts = usePrivateCounts(session.boardId, isFacilitator ? session.boardKey : null, state)
  usePrivateWritingAnnouncements(state, participants, frameTitle, session.participantId)
  if (!state?.active) return null

  const writer = session.participantId !== null && session.role !== Role.Viewer
  const lastSharer = state.lastShare
    ? participants.find((person) => person.id === state.lastShare?.participantId)
    : undefined
  const writers = participants.filter((person) => person.id in counts)

  return (
    <div className="private-status" data-testid="private-writing-status">
      {!writer && <p className="private-status-line">{text.privateWriting.everyoneWriting}</p>}
      {lastSharer && (
        <p className="private-status-line">{text.privateWriting.sharedBy(displayName(lastSharer))}</p>
      )}
      {isFacilitator && writers.length > 0 && (
        <details className="private-status-people">
          <summary>
            {text.privateWriting.whoIsWriting} (
            {writers.filter((person) => (counts[person.id] ?? 0) > 0).length}/{writers.length})
          </summary>
          <ul>
            {writers.map((person) => {
              const count = counts[person.id] ?? 0
              return (
                <li key={person.id}>
                  {count > 0
                    ? text.privateWriting.writingCount(displayName(person), count)
                    : text.privateWriting.notWritten(displayName(person))}
                </li>
              )
            })}
          </ul>
        </details>
      )}
    </div>
  )
}
