import { useEffect, useState } from 'react'
import { createPortal } from 'react-dom'
import { useValue } from 'tldraw'
import { useCurrentEditor } from '../../board/currentEditor.ts'
import { listViewOpen } from '../../listView/listViewState.ts'
import { useBoardSession } from '../BoardSession.ts'
import { NoteVoteOverlay } from './NoteVoteOverlay.tsx'
import { setSecretVoteNotes } from './secretVoteNotes.ts'
import { useMyBallot } from './useMyBallot.ts'
import { useVoteAnnouncements } from './useVoteAnnouncements.ts'
import { useVoteShortcut } from './useVoteShortcut.ts'
import { visibleResults } from './visibleResults.ts'
import { VotePanel } from './VotePanel.tsx'
import { useNarrowScreen, useVotePanelSlot } from './votePanelSlot.tsx'
import './voting.css'

/**
 * Everything about the current vote on the board page: the panel, the
 * buttons and counts on the notes, the shortcut and the announcements.
 * Mounted once, beside the canvas.
 */
export function VotingLayer() {
  const { control } = useBoardSession()
  const editor = useCurrentEditor()
  const listOpen = useValue('list view open', () => listViewOpen.get(), [])
  const vote = control?.vote ?? null
  const ballot = useMyBallot(vote)
  // Each person may take the counts off their own board (it is their screen).
  const [hiddenFromBoard, setHiddenFromBoard] = useState<string | null>(null)
  const narrow = useNarrowScreen()
  const slot = useVotePanelSlot()
  useVoteAnnouncements(vote, control !== null)
  useVoteShortcut(editor, vote, ballot)
  const secretNotes = vote?.status === 'open' && vote.anonymous ? vote.shapeIds : null
  useEffect(() => {
    setSecretVoteNotes(secretNotes ?? [])
    return () => setSecretVoteNotes([])
  }, [secretNotes])
  if (!vote) return null
  const onBoard = hiddenFromBoard !== vote.id
  const results = visibleResults(control?.voteResults ?? [], vote)
  const panel = (
    <VotePanel
      editor={editor}
      vote={vote}
      ballot={ballot}
      results={results}
      onBoard={onBoard}
      onToggleOnBoard={() => setHiddenFromBoard(onBoard ? vote.id : null)}
      startSmall={narrow}
    />
  )
  return (
    <>
      {editor && !listOpen && (
        <NoteVoteOverlay editor={editor} vote={vote} ballot={ballot} tally={onBoard ? vote.tally : null} />
      )}
      {narrow && slot ? createPortal(panel, slot) : panel}
    </>
  )
}
