import { useEffect, useRef } from 'react'
import type { VoteState } from '@wesee/shared'
import { announce } from '../../a11y/announce.ts'
import { text } from '../../text.ts'

/**
 * Says when a vote starts, ends and shows its results, so the facilitator's
 * moves are heard as well as seen. Only changes seen while the page is open
 * are said: opening a board mid-vote shows the vote without a speech.
 */
export function useVoteAnnouncements(vote: VoteState | null, loaded: boolean): void {
  const last = useRef<{ id: string; status: string; revealed: boolean } | null | undefined>(undefined)
  useEffect(() => {
    if (!loaded) return
    const previous = last.current
    last.current = vote ? { id: vote.id, status: vote.status, revealed: vote.revealed } : null
    if (previous === undefined || !vote) return
    if (previous?.id !== vote.id) {
      if (vote.status === 'open') announce(text.voting.started(vote.title, vote.votesPerPerson))
      return
    }
    if (vote.status === 'ended' && previous.status === 'open') {
      announce(vote.revealed ? text.voting.revealedAnnouncement : text.voting.endedHidden)
    } else if (vote.revealed && !previous.revealed) {
      announce(text.voting.revealedAnnouncement)
    }
  }, [vote, loaded])
}
