import { useEffect, useRef } from 'react'
import { displayName, type ParticipantProfile, type PrivateWritingState } from '@wesee/shared'
import { announce } from '../../a11y/announce.ts'
import { text } from '../../text.ts'

/** A frame's title on the board, for "Everyone's notes are on the board now, in …". */
export type FrameTitle = (frameId: string) => string

/**
 * Tells everyone, in words and to screen readers, when private writing
 * starts or stops, when someone shares their notes, and when the
 * facilitator shares everyone's: a facilitator's power is always visible.
 * The first state seen is only remembered, so a reload announces nothing.
 */
export function usePrivateWritingAnnouncements(
  state: PrivateWritingState | null,
  participants: readonly ParticipantProfile[],
  frameTitle: FrameTitle,
  /** This person: their own share is told to them as "Your notes…", with where they went. */
  myId: string | null = null,
): void {
  const seen = useRef<PrivateWritingState | null | undefined>(undefined)
  useEffect(() => {
    const before = seen.current
    seen.current = state
    if (before === undefined || state === null) return
    if (state.revealedAt !== null && state.revealedAt !== before?.revealedAt) {
      announce(text.privateWriting.revealedAnnouncement(frameTitle(state.revealFrameId)))
      return
    }
    if (state.active && !before?.active) {
      announce(text.privateWriting.startedAnnouncement)
      return
    }
    if (!state.active && before?.active) announce(text.privateWriting.stoppedAnnouncement)
    const share = state.lastShare
    if (share && share.at !== before?.lastShare?.at) {
      if (share.participantId === myId) {
        // The server puts shared notes in the reveal frame when there is one, else the writing frame.
        const reveal = frameTitle(state.revealFrameId)
        const where = reveal !== state.revealFrameId ? reveal : frameTitle(state.frameId)
        announce(text.privateWriting.yoursSharedIn(where))
        return
      }
      const person = participants.find((candidate) => candidate.id === share.participantId)
      if (person) announce(text.privateWriting.sharedBy(displayName(person)))
    }
  }, [state, participants, frameTitle, myId])
}
