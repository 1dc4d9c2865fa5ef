import { useId, useState, type FormEvent } from 'react'
import { useValue, type TLShapeId } from 'tldraw'
import { youSaidStatuses, type YouSaidStatus, type YouSaidUpdate } from '@wesee/shared'
import { notesInFrame } from '../a11y/canvasNotes.ts'
import { useCurrentEditor } from '../board/currentEditor.ts'
import { CopyableLink } from '../facilitation/CopyableLink.tsx'
import { Dialog } from '../facilitation/Dialog.tsx'
import { useBoardSession } from '../facilitation/BoardSession.ts'
import { useCommand } from '../facilitation/useCommand.ts'
import { noteWords } from '../facilitation/voting/noteWords.ts'
import { text } from '../text.ts'

const youSaidFrame = 'shape:frame-embedding-you-said-we-did'

/**
 * The facilitator writes what happened to each thing people said in "You
 * said, we did", during the session or weeks later, and shares the update
 * page (the view-only link) with the people who took part.
 */
export function YouSaidDialog({ onClose }: { onClose: () => void }) {
  const session = useBoardSession()
  const editor = useCurrentEditor()
  const updates = session.control?.youSaid.updates ?? []
  const notes = useValue(
    'you said notes',
    () =>
      editor
        ? notesInFrame(editor, youSaidFrame as TLShapeId).map((id) => ({ id, words: noteWords(editor, id) }))
        : [],
    [editor],
  )
  const listed = new Set<string>(notes.map((note) => note.id))
  const entries = [
    ...notes,
    ...updates
      .filter((update) => !listed.has(update.shapeId))
      .map((update) => ({ id: update.shapeId, words: update.said })),
  ]
  const viewerLink = session.links?.viewer ?? null
  const pageLink = viewerLink
    ? viewerLink.replace(`/b/${session.boardId}#`, `/b/${session.boardId}/updates#`)
    : null
  return (
    <Dialog title={text.youSaid.heading} onClose={onClose} testId="you-said-dialog">
      <p>{text.youSaid.hint}</p>
      {pageLink && <CopyableLink label={text.youSaid.pageLink} url={pageLink} id="you-said-page-link" />}
      {entries.length === 0 && <p>{text.youSaid.nothing}</p>}
      {entries.map((entry) => (
        <UpdateForm
          key={entry.id}
          shapeId={entry.id}
          said={entry.words}
          update={updates.find((update) => update.shapeId === entry.id) ?? null}
        />
      ))}
    </Dialog>
  )
}

function UpdateForm({
  shapeId,
  said,
  update,
}: {
  shapeId: string
  said: string
  update: YouSaidUpdate | null
}) {
  const { send, busy, problem } = useCommand()
  const [status, setStatus] = useState<YouSaidStatus>(update?.status ?? 'we-did')
  const [words, setWords] = useState(update?.words ?? '')
  const [date, setDate] = useState(update?.date ?? '')
  const [saved, setSaved] = useState(false)
  const ids = { words: useId(), date: useId(), heading: useId() }
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setSaved(false)
    const answer = await send({ type: 'yousaid.update', shapeId, status, words, date: date || null })
    if (answer) setSaved(true)
  }
  return (
    <form
      className="you-said-form"
      aria-labelledby={ids.heading}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h3 id={ids.heading}>
        {text.youSaid.said} {said}
      </h3>
      <fieldset>
        <legend>{text.youSaid.statusLegend}</legend>
        {youSaidStatuses.map((choice) => (
          <label key={choice} className="check">
            <input
              type="radio"
              name={`${shapeId}-status`}
              checked={status === choice}
              onChange={() => setStatus(choice)}
            />
            {text.youSaid.status[choice]}
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={ids.words}>{text.youSaid.words}</label>
        <textarea
          id={ids.words}
          rows={2}
          maxLength={500}
          value={words}
          onChange={(event) => setWords(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.date}>{text.youSaid.date}</label>
        <input id={ids.date} type="date" value={date} onChange={(event) => setDate(event.target.value)} />
      </div>
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {text.youSaid.save}
        </button>
        {update && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void send({ type: 'yousaid.remove', shapeId })}
          >
            {text.youSaid.remove}
          </button>
        )}
      </div>
      {saved && !problem && (
        <p className="message" role="status">
          {text.youSaid.saved}
        </p>
      )}
      {problem && (
        <p className="message message-problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  )
}
