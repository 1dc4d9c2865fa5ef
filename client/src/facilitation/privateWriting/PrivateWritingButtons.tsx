import { useState } from 'react'
import { readPrivateWriting, Role, type Command } from '@wesee/shared'
import { announce } from '../../a11y/announce.ts'
import { useCurrentEditor } from '../../board/currentEditor.ts'
import { text } from '../../text.ts'
import { useBoardSession } from '../BoardSession.ts'
import { Dialog } from '../Dialog.tsx'
import { useCommand } from '../useCommand.ts'
import './privateWriting.css'

/**
 * The facilitator's private-writing buttons: "Everyone writes on their own"
 * (in the frame they have selected, else "What do I see?"), and "Share
 * everyone's notes", which asks first — sharing cannot be taken back.
 */
export function PrivateWritingButtons() {
  const session = useBoardSession()
  const editor = useCurrentEditor()
  const { send, problem, busy } = useCommand()
  const [confirming, setConfirming] = useState(false)
  const [stillPrivate, setStillPrivate] = useState(0)
  if (session.role !== Role.Facilitator || !session.control) return null
  const state = readPrivateWriting(session.control)
  const active = state?.active ?? false
  const notesKept = state !== null && state.writers > 0

  const start = () => {
    // A facilitator who has chosen one frame starts it there; otherwise the server picks "What do I see?".
    const selected = editor?.getSelectedShapes() ?? []
    const frame = selected.length === 1 && selected[0]!.type === 'frame' ? selected[0]!.id : undefined
    void send({ type: 'private.start', ...(frame ? { frameId: frame } : {}) })
  }
  const finish = async (command: Command) => {
    const answer = await send(command)
    if (!answer) return
    setConfirming(false)
    // More notes than one reveal may put on the board: the rest wait, and the facilitator is told.
    const left = command.type === 'private.reveal' ? (answer as { stillPrivate?: number }).stillPrivate : 0
    setStillPrivate(left ?? 0)
    if (left) announce(text.privateWriting.stillPrivate(left))
  }
  const revealFrame = state ? editor?.getShape(state.revealFrameId as never) : undefined
  const revealFrameName =
    (revealFrame?.props as { name?: unknown } | undefined)?.name ?? text.privateWriting.bannerLabel

  return (
    <>
      {!active && (
        <button type="button" className="button" disabled={busy} onClick={start}>
          {text.privateWriting.start}
        </button>
      )}
      {(active || notesKept) && (
        <button type="button" className="button" disabled={busy} onClick={() => setConfirming(true)}>
          {text.privateWriting.reveal}
        </button>
      )}
      {stillPrivate > 0 && !confirming && (
        <p className="message toolbar-problem" role="status">
          {text.privateWriting.stillPrivate(stillPrivate)}
        </p>
      )}
      {problem && !confirming && (
        <p className="message message-problem toolbar-problem" role="alert">
          {problem}
        </p>
      )}
      {confirming && (
        <Dialog
          title={text.privateWriting.revealHeading}
          onClose={() => setConfirming(false)}
          testId="reveal-dialog"
        >
          <p>{text.privateWriting.revealExplain(String(revealFrameName))}</p>
          <div className="actions">
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => void finish({ type: 'private.reveal' })}
            >
              {text.privateWriting.revealConfirm}
            </button>
            {active && (
              <button
                type="button"
                className="button"
                disabled={busy}
                aria-describedby="private-stop-hint"
                onClick={() => void finish({ type: 'private.stop' })}
              >
                {text.privateWriting.stop}
              </button>
            )}
          </div>
          {active && (
            <p className="hint" id="private-stop-hint">
              {text.privateWriting.stopHint}
            </p>
          )}
          {problem && (
            <p className="message message-problem" role="alert">
              {problem}
            </p>
          )}
        </Dialog>
      )}
    </>
  )
}
