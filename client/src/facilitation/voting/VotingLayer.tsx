import { useEffect, useState } from 'react'
import { createPortal } from 'react-dom'
import { useValue } from 'tldraw'
import { Role } from '@wesee/shared'
import { useCurrentEditor } from '../../board/currentEditor.ts'
import { listViewOpen } from '../../listView/listViewState.ts'
import { useBoardSession } from '../BoardSession.ts'
import { NoteVoteOverlay } from './NoteVoteOverlay.tsx'
import { setSecretVoteNotes } from './secretVoteNotes.ts'
import { useBallot } from './ballotContext.tsx'
import { useVoteAnnouncements } from './useVoteAnnouncements.ts'
import { useVoteShortcut } from './useVoteShortcut.ts'
import { visibleResults } from './visibleResults.ts'
import { VotePanel } from './VotePanel.tsx'
import { usePhoneView } from '../../layout/phoneView.ts'
import { useVotePanelSlot } from './votePanelSlot.tsx'
import './voting.css'

/**
 * Everything about the current vote on the board page: the panel (in the
 * layout's side region), the buttons and counts on the notes, the shortcut
 * and the announcements. Mounted once, beside the canvas.
 */
export function VotingLayer() {
  const { control, role } = useBoardSession()
  const editor = useCurrentEditor()
  const listOpen = useValue('list view open', () => listViewOpen.get(), [])
  const vote = control?.vote ?? null
  const ballot = useBallot()
  // Each person may take the counts off their own board (it is their screen).
  const [hiddenFromBoard, setHiddenFromBoard] = useState<string | null>(null)
  const phoneView = usePhoneView()
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
  // In the phone view the Vote action along the bottom says it all while the vote is open.
  const panelNeeded = !(phoneView && vote.status === 'open' && role !== Role.Facilitator)
  const results = visibleResults(control?.voteResults ?? [], vote)
  const panel = (
    <VotePanel
      editor={editor}
      vote={vote}
      ballot={ballot}
      results={results}
      onBoard={onBoard}
      onToggleOnBoard={() => setHiddenFromBoard(onBoard ? vote.id : null)}
      startSmall={phoneView}
    />
  )
  return (
    <>
      {editor && !listOpen && (
        <NoteVoteOverlay editor={editor} vote={vote} ballot={ballot} tally={onBoard ? vote.tally : null} />
      )}
      {slot && panelNeeded && createPortal(panel, slot)}
    </>
  )
}
