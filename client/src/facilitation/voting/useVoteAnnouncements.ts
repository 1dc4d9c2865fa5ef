import { useEffect, useRef } from 'react'
import type { VoteState } from '@wesee/shared'
import { announce } from '../../a11y/announce.ts'
import { currentEditor } from '../../board/currentEditor.ts'
import { text } from '../../text.ts'
import { noteWords } from './noteWords.ts'

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
      announce(vote.revealed ? revealedWithTop(vote) : text.voting.endedHidden)
    } else if (vote.revealed && !previous.revealed) {
      announce(revealedWithTop(vote))
    }
  }, [vote, loaded])
}

/** "The results of the vote are showing. Most votes: "Forms are too long", 3 votes." */
function revealedWithTop(vote: VoteState): string {
  const top = (vote.tally?.notes ?? []).filter((note) => note.rank === 1 && note.votes > 0)
  if (top.length === 0) return text.voting.revealedAnnouncement
  const words = top.map((note) => noteWords(currentEditor.get(), note.shapeId, note.text))
  return top.length === 1
    ? text.voting.revealedWithTop(words[0]!, top[0]!.votes)
    : text.voting.revealedWithTies(words, top[0]!.votes)
}
