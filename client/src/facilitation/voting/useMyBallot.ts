import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'
import type { MyVotes, VoteState } from '@wesee/shared'
import { announce } from '../../a11y/announce.ts'
import { ApiRequestError, sendCommand } from '../../api/apiClient.ts'
import { text } from '../../text.ts'
import { useBoardSession } from '../BoardSession.ts'
import { getMyVotes } from './votingApi.ts'

export interface MyBallot {
  /** My votes in this vote; null until known (or for a viewer). */
  mine: MyVotes | null
  /** How many votes I may still give (0 once the vote has ended). */
  votesLeft: number
  canVote: boolean
  busy: boolean
  /** The server's plain words when a vote was refused. */
  problem: string | null
  cast(shapeId: string): Promise<void>
  retract(shapeId: string): Promise<void>
}

/**
 * My own votes: asked of the server when a vote starts (or the page opens),
 * then kept from the answers to my votes. Nobody else's votes ever reach
 * this page.
 *
 * All my tabs agree: each asks again whenever what everyone sees of the
 * vote changes (status, how many have voted, results), when the tab comes
 * back into view, and when another of my tabs on this board says my votes
 * changed. That word goes between my own tabs only (a BroadcastChannel
 * named after the board and me) and carries no votes, just "ask again";
 * each tab asks the server with its own token.
 */
export function useMyBallot(vote: VoteState | null): MyBallot {
  const { boardId, boardKey, token, participantId } = useBoardSession()
  const voteId = vote?.id ?? null
  const [mine, setMine] = useState<MyVotes | null>(null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [asks, setAsks] = useState(0)
  const publicState = vote ? `${vote.status}:${vote.voterCount}:${vote.revealed}:${vote.endedAt}` : ''
  const channel = useMyTabs(boardId, participantId, () => setAsks((n) => n + 1))

  useEffect(() => {
    if (!voteId || !token) return
    let cancelled = false
    getMyVotes(boardId, boardKey, token).then(
      (answer) => {
        if (!cancelled) setMine(answer)
      },
      () => {
        // Offline or refused: the buttons still work and the answer to a vote refreshes this.
      },
    )
    return () => {
      cancelled = true
    }
  }, [boardId, boardKey, token, voteId, publicState, asks])

  const change = useCallback(
    async (type: 'vote.cast' | 'vote.retract', shapeId: string) => {
      setBusy(true)
      setProblem(null)
      try {
        const answer = await sendCommand(boardId, boardKey, { type, shapeId }, token)
        const next = answer.mine
        setMine(next)
        channel.current?.postMessage('ask-again')
        announce(
          type === 'vote.cast'
            ? text.voting.voteGiven(next.votesLeft)
            : text.voting.voteTakenBack(next.votesLeft),
        )
      } catch (error) {
        const message = error instanceof ApiRequestError ? error.message : text.errors.generic
        setProblem(message)
        announce(message)
      } finally {
        setBusy(false)
      }
    },
    [boardId, boardKey, token, channel],
  )

  const cast = useCallback((shapeId: string) => change('vote.cast', shapeId), [change])
  const retract = useCallback((shapeId: string) => change('vote.retract', shapeId), [change])
  const current = mine && mine.voteId === voteId ? mine : null
  const open = vote !== null && vote.status === 'open'
  return {
    mine: current,
    votesLeft: open ? (current?.votesLeft ?? vote.votesPerPerson) : 0,
    canVote: open && token !== null,
    busy,
    problem: open ? problem : null,
    cast,
    retract,
  }
}

/**
 * My other tabs on this board: `onAskAgain` runs when one of them changed my
 * votes, or when this tab comes back into view. Returns the channel to tell
 * them with.
 */
function useMyTabs(
  boardId: string,
  participantId: string | null,
  onAskAgain: () => void,
): RefObject<BroadcastChannel | null> {
  const channel = useRef<BroadcastChannel | null>(null)
  const askAgain = useRef(onAskAgain)
  askAgain.current = onAskAgain
  useEffect(() => {
    const ask = () => askAgain.current()
    const onVisible = () => {
      if (document.visibilityState === 'visible') ask()
    }
    window.addEventListener('focus', ask)
    document.addEventListener('visibilitychange', onVisible)
    if (participantId && typeof BroadcastChannel !== 'undefined') {
      channel.current = new BroadcastChannel(`wesee-my-votes:${boardId}:${participantId}`)
      channel.current.onmessage = ask
    }
    return () => {
      window.removeEventListener('focus', ask)
      document.removeEventListener('visibilitychange', onVisible)
      channel.current?.close()
      channel.current = null
    }
  }, [boardId, participantId])
  return channel
}
