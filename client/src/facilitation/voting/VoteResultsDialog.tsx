import { useEffect, useId, useState } from 'react'
import type { Editor } from 'tldraw'
import type { PastVote } from '@wesee/shared'
import { text } from '../../text.ts'
import { useBoardSession } from '../BoardSession.ts'
import { Dialog } from '../Dialog.tsx'
import { noteWords } from './noteWords.ts'
import { readAloud, stopReadingAloud } from '../../a11y/readAloud.ts'
import { spokenResults } from './spokenResults.ts'
import { VoteResultsList } from './VoteResultsList.tsx'
import { formatWhen } from '../../i18n/dates.ts'

/**
 * The results of a vote, ranked, with "Read the results aloud". Opens on
 * the newest; earlier votes kept with the board can be chosen too.
 */
export function VoteResultsDialog({
  editor,
  votes,
  initialId,
  onClose,
}: {
  editor: Editor | null
  /** Votes whose results everyone has seen, oldest first. */
  votes: readonly PastVote[]
  initialId?: string
  onClose: () => void
}) {
  const { control } = useBoardSession()
  const [chosenId, setChosenId] = useState(initialId ?? votes.at(-1)?.id ?? '')
  const chooseId = useId()
  const chosen = votes.find((vote) => vote.id === chosenId) ?? votes.at(-1)
  useEffect(() => stopReadingAloud, [])
  const when = (vote: PastVote) => formatWhen(vote.endedAt)

  return (
    <Dialog
      title={chosen ? text.voting.resultsHeading(chosen.title) : text.voting.pastResultsHeading}
      onClose={onClose}
      testId="vote-results-dialog"
    >
      {votes.length > 1 && (
        <div className="field">
          <label htmlFor={chooseId}>{text.voting.chooseResults}</label>
          <select id={chooseId} value={chosen?.id} onChange={(event) => setChosenId(event.target.value)}>
            {[...votes].reverse().map((vote) => (
              <option key={vote.id} value={vote.id}>
                {text.voting.voteWhen(vote.title, when(vote))}
              </option>
            ))}
          </select>
        </div>
      )}
      {chosen ? (
        <>
          <div className="actions">
            <button
              type="button"
              className="button"
              onClick={() =>
                readAloud(
                  spokenResults(chosen.title, chosen.tally, chosen.voterCount, (id, counted) =>
                    noteWords(editor, id, counted),
                  ),
                )
              }
            >
              {text.voting.readAloud}
            </button>
            <button type="button" className="button" onClick={stopReadingAloud}>
              {text.voting.stopReading}
            </button>
          </div>
          <VoteResultsList
            editor={editor}
            tally={chosen.tally}
            voterCount={chosen.voterCount}
            people={control?.participants ?? []}
          />
        </>
      ) : (
        <p>{text.voting.noResultsYet}</p>
      )}
    </Dialog>
  )
}
