import { useId, useState, type FormEvent } from 'react'
import type { Editor, TLShapeId } from 'tldraw'
import { defaultVotesPerPerson, maxVotesPerPerson, type Command } from '@wesee/shared'
import { text } from '../../text.ts'
import { useBoardSession } from '../BoardSession.ts'
import { Dialog } from '../Dialog.tsx'
import { useCommand } from '../useCommand.ts'

const votableTypes = new Set(['note', 'picture-note'])

interface FrameChoice {
  id: string
  name: string
}

function framesOnPage(editor: Editor | null): FrameChoice[] {
  if (!editor) return []
  return editor
    .getCurrentPageShapesSorted()
    .filter((shape) => shape.type === 'frame')
    .map((frame) => {
      const name = (frame.props as { name?: unknown }).name
      return {
        id: frame.id,
        name: typeof name === 'string' && name.trim() ? name.trim() : text.voting.aFrame,
      }
    })
}

function selectedNotes(editor: Editor | null): string[] {
  if (!editor) return []
  return editor
    .getSelectedShapeIds()
    .filter((id) => votableTypes.has(editor.getShape(id as TLShapeId)?.type ?? ''))
}

/**
 * The facilitator sets up a vote: on a frame (the step the group is on, at
 * first) or on the notes they selected; how many votes each; the same note
 * twice or not; secret or named; results live or at the end.
 */
export function VoteSetupDialog({ editor, onClose }: { editor: Editor | null; onClose: () => void }) {
  const { control } = useBoardSession()
  const { send, busy, problem } = useCommand()
  const [frames] = useState(() => framesOnPage(editor))
  const [notes] = useState(() => selectedNotes(editor))
  const currentFrame = control?.stage?.frameId ?? null
  const [where, setWhere] = useState<'frame' | 'notes'>(
    notes.length > 0 || frames.length === 0 ? 'notes' : 'frame',
  )
  const [frameId, setFrameId] = useState(
    () => frames.find((frame) => frame.id === currentFrame)?.id ?? frames[0]?.id ?? '',
  )
  const [votes, setVotes] = useState(String(defaultVotesPerPerson))
  const [sameNoteTwice, setSameNoteTwice] = useState(false)
  const [anonymous, setAnonymous] = useState(true)
  const [results, setResults] = useState<'hidden' | 'live'>('hidden')
  const ids = { frame: useId(), votes: useId(), votesHint: useId(), secretHint: useId(), namedHint: useId() }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const command: Command = {
      type: 'vote.start',
      ...(where === 'notes' ? { shapeIds: notes } : { frameId }),
      votesPerPerson: Number(votes),
      allowSameNoteTwice: sameNoteTwice,
      anonymous,
      results,
    }
    if (await send(command)) onClose()
  }

  return (
    <Dialog title={text.voting.setupHeading} onClose={onClose} testId="vote-setup">
      <form className="vote-setup" onSubmit={(event) => void submit(event)}>
        <fieldset className="choice-group">
          <legend>{text.voting.whereLegend}</legend>
          {frames.length > 0 && (
            <label className="check">
              <input
                type="radio"
                name="vote-where"
                checked={where === 'frame'}
                onChange={() => setWhere('frame')}
              />
              {text.voting.inFrame}
            </label>
          )}
          {notes.length > 0 && (
            <label className="check">
              <input
                type="radio"
                name="vote-where"
                checked={where === 'notes'}
                onChange={() => setWhere('notes')}
              />
              {text.voting.selectedNotes(notes.length)}
            </label>
          )}
          {frames.length === 0 && notes.length === 0 && <p className="hint">{text.voting.noFrames}</p>}
          {where === 'frame' && frames.length > 0 && (
            <div className="field">
              <label htmlFor={ids.frame}>{text.voting.frameLabel}</label>
              <select id={ids.frame} value={frameId} onChange={(event) => setFrameId(event.target.value)}>
                {frames.map((frame) => (
                  <option key={frame.id} value={frame.id}>
                    {frame.id === currentFrame ? text.voting.currentStep(frame.name) : frame.name}
                  </option>
                ))}
              </select>
            </div>
          )}
        </fieldset>
        <div className="field">
          <label htmlFor={ids.votes}>{text.voting.votesPerPersonLabel}</label>
          <input
            id={ids.votes}
            type="number"
            inputMode="numeric"
            min={1}
            max={maxVotesPerPerson}
            value={votes}
            aria-describedby={ids.votesHint}
            onChange={(event) => setVotes(event.target.value)}
          />
          <p className="hint" id={ids.votesHint}>
            {text.voting.votesPerPersonHint}
          </p>
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={sameNoteTwice}
            onChange={(event) => setSameNoteTwice(event.target.checked)}
          />
          {text.voting.sameNoteTwice}
        </label>
        <fieldset className="choice-group">
          <legend>{text.voting.secretLegend}</legend>
          <label className="check">
            <input
              type="radio"
              name="vote-secret"
              checked={anonymous}
              aria-describedby={ids.secretHint}
              onChange={() => setAnonymous(true)}
            />
            <span>
              {text.voting.secret}
              <span className="hint" id={ids.secretHint}>
                {text.voting.secretHint}
              </span>
            </span>
          </label>
          <label className="check">
            <input
              type="radio"
              name="vote-secret"
              checked={!anonymous}
              aria-describedby={ids.namedHint}
              onChange={() => setAnonymous(false)}
            />
            <span>
              {text.voting.named}
              <span className="hint" id={ids.namedHint}>
                {text.voting.namedHint}
              </span>
            </span>
          </label>
        </fieldset>
        <fieldset className="choice-group">
          <legend>{text.voting.resultsLegend}</legend>
          <label className="check">
            <input
              type="radio"
              name="vote-results"
              checked={results === 'hidden'}
              onChange={() => setResults('hidden')}
            />
            {text.voting.resultsHidden}
          </label>
          <label className="check">
            <input
              type="radio"
              name="vote-results"
              checked={results === 'live'}
              onChange={() => setResults('live')}
            />
            {text.voting.resultsLive}
          </label>
        </fieldset>
        {problem && (
          <p className="message message-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {text.voting.start}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {text.voting.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
