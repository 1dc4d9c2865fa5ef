import { useState } from 'react'
import type { TLShapeId } from 'tldraw'
import { useValue } from 'tldraw'
import { Role } from '@wesee/shared'
import { notesInFrame } from '../../a11y/canvasNotes.ts'
import { canReadAloud, readAloud } from '../../a11y/readAloud.ts'
import { useCurrentEditor } from '../../board/currentEditor.ts'
import { Sheet } from '../../layout/Sheet.tsx'
import { text } from '../../text.ts'
import { useBoardSession } from '../BoardSession.ts'
import { useCommand } from '../useCommand.ts'
import { noteWords } from '../voting/noteWords.ts'

/**
 * Our agreements, to read (or hear). The facilitator also marks which notes
 * of the step the group is on were agreed, and can put them on every
 * screen ("Remember what we agreed").
 */
export function AgreementsSheet({ onClose }: { onClose: () => void }) {
  const session = useBoardSession()
  const agreements = session.control?.agreements ?? { items: [], shownAt: null }
  const isFacilitator = session.role === Role.Facilitator
  const { send, busy, problem } = useCommand()
  return (
    <Sheet title={text.voices.agreementsHeading} onClose={onClose} testId="agreements-sheet">
      {agreements.items.length === 0 ? (
        <p>{text.voices.noAgreements}</p>
      ) : (
        <>
          <ol className="agreement-list" data-testid="agreement-list">
            {agreements.items.map((item) => (
              <li key={item.shapeId} dir="auto">
                {item.text}
              </li>
            ))}
          </ol>
          {canReadAloud() && (
            <button
              type="button"
              className="button"
              onClick={() => readAloud(agreements.items.map((item) => item.text).join('. '))}
            >
              {text.voices.readAloud}
            </button>
          )}
        </>
      )}
      {isFacilitator && (
        <>
          {agreements.items.length > 0 && (
            <button
              type="button"
              className="button"
              aria-pressed={agreements.shownAt !== null}
              disabled={busy}
              onClick={() => void send({ type: 'agreement.show', shown: agreements.shownAt === null })}
            >
              {agreements.shownAt === null ? text.voices.showEverywhere : text.voices.stopShowing}
            </button>
          )}
          <ChooseAgreements
            agreed={new Set(agreements.items.map((item) => item.shapeId))}
            busy={busy}
            onChange={(shapeId, agreed) =>
              send({ type: agreed ? 'agreement.add' : 'agreement.remove', shapeId })
            }
          />
        </>
      )}
      {problem && (
        <p className="message message-problem" role="alert">
          {problem}
        </p>
      )}
    </Sheet>
  )
}

/** The notes of the step the group is on, each with an "Agreed" box. */
function ChooseAgreements({
  agreed,
  busy,
  onChange,
}: {
  agreed: Set<string>
  busy: boolean
  onChange: (shapeId: string, agreed: boolean) => Promise<unknown>
}) {
  const session = useBoardSession()
  const editor = useCurrentEditor()
  // The box ticks at once; the server's answer then confirms it (or the problem says why not).
  const [choosing, setChoosing] = useState<Map<string, boolean>>(new Map())
  const frameId = session.control?.stage?.frameId ?? null
  const notes = useValue(
    'notes to agree',
    () =>
      editor && frameId
        ? notesInFrame(editor, frameId as TLShapeId).map((id) => ({ id, words: noteWords(editor, id) }))
        : [],
    [editor, frameId],
  )
  return (
    <fieldset className="agree-box">
      <legend>{text.voices.agreeHeading}</legend>
      <p className="hint">{text.voices.agreeHint}</p>
      {notes.length === 0 ? (
        <p>{text.voices.noNotesToAgree}</p>
      ) : (
        <ul className="agree-choices">
          {notes.map((note) => (
            <li key={note.id}>
              <label className="check">
                <input
                  type="checkbox"
                  checked={choosing.get(note.id) ?? agreed.has(note.id)}
                  disabled={busy}
                  onChange={(event) => {
                    const checked = event.target.checked
                    setChoosing((before) => new Map(before).set(note.id, checked))
                    void onChange(note.id, checked).finally(() =>
                      setChoosing((before) => {
                        const after = new Map(before)
                        after.delete(note.id)
                        return after
                      }),
                    )
                  }}
                />
                <bdi>{note.words}</bdi>
                <span className="visually-hidden"> — {text.voices.agree}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  )
}
