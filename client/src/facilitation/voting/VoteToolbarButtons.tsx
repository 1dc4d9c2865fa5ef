import { useState } from 'react'
import { Role } from '@wesee/shared'
import { useCurrentEditor } from '../../board/currentEditor.ts'
import { text } from '../../text.ts'
import { useBoardSession } from '../BoardSession.ts'
import { visibleResults } from './visibleResults.ts'
import { VoteResultsDialog } from './VoteResultsDialog.tsx'
import { VoteSetupDialog } from './VoteSetupDialog.tsx'
import './voting.css'

/**
 * The board tools for votes: "Start a vote" (facilitator, when none is
 * open) and "Results of votes" (everyone, once a vote has been shown), so
 * results kept with the board can be looked at again later.
 */
export function VoteToolbarButtons() {
  const { role, control } = useBoardSession()
  const editor = useCurrentEditor()
  const [open, setOpen] = useState<'setup' | 'results' | null>(null)
  const vote = control?.vote ?? null
  const results = visibleResults(control?.voteResults ?? [], vote)
  const canStart = role === Role.Facilitator && vote?.status !== 'open'
  return (
    <>
      {canStart && (
        <button type="button" className="button" onClick={() => setOpen('setup')}>
          {text.voting.startButton}
        </button>
      )}
      {results.length > 0 && (
        <button type="button" className="button" onClick={() => setOpen('results')}>
          {text.voting.pastResultsButton}
        </button>
      )}
      {open === 'setup' && <VoteSetupDialog editor={editor} onClose={() => setOpen(null)} />}
      {open === 'results' && (
        <VoteResultsDialog editor={editor} votes={results} onClose={() => setOpen(null)} />
      )}
    </>
  )
}
