import { pictureUrl, readPrivateWriting } from '@wesee/shared'
import type { TLFrameShape } from 'tldraw'
import { addNoteHere } from '../a11y/addNoteHere.ts'
import { announce } from '../a11y/announce.ts'
import { useCurrentEditor } from '../board/currentEditor.ts'
import { groupStepFrameId } from '../board/placeNewShape.ts'
import { useBoardSession } from '../facilitation/BoardSession.ts'
import { writingSheet, writingSheetId } from '../facilitation/privateWriting/writingSheetState.ts'
import { text } from '../text.ts'
import { usePhoneView } from './phoneView.ts'

/**
 * "Add a note", labelled, for everyone who may write: a new note in the
 * group's current step, in sight, ready to type into (the same as Alt+N).
 * While everyone writes on their own, on a phone it opens "My own notes"
 * instead, where the words are big and nothing covers them.
 */
export function AddNoteButton() {
  const session = useBoardSession()
  const editor = useCurrentEditor()
  const phoneView = usePhoneView()
  const writesInSheet = useWritesInSheet(phoneView)
  if (!editor) return null
  if (writesInSheet) return <WriteInSheetButton className="button button-primary action-add-note" />
  return (
    <button
      type="button"
      className="button button-primary action-add-note"
      aria-keyshortcuts="Alt+N"
      onClick={() => {
        const id = addNoteHere(editor, groupStepFrameId.get(), session.participantId)
        const parent = editor.getShape(id)?.parentId
        const frame = parent ? (editor.getShape(parent) as TLFrameShape | undefined) : undefined
        announce(text.layout.noteAdded(frame?.type === 'frame' ? frame.props.name : null))
      }}
    >
      <img src={pictureUrl('1F4DD')} alt="" width={28} height={28} />
      {text.layout.addNote}
    </button>
  )
}

/** True while private writing is on and this person writes in the sheet: on a phone, or in easy mode. */
export function useWritesInSheet(inSheet: boolean): boolean {
  const session = useBoardSession()
  const active = session.control ? (readPrivateWriting(session.control)?.active ?? false) : false
  return active && inSheet && session.participantId !== null
}

/** "Add a note" that opens "My own notes" with the cursor in its box. */
export function WriteInSheetButton({
  className,
  pictureSize = 28,
}: {
  className: string
  pictureSize?: number
}) {
  return (
    <button
      type="button"
      className={className}
      aria-controls={writingSheetId}
      onClick={() => {
        // Already open: back into its box rather than nothing happening.
        if (writingSheet.get() === 'closed') writingSheet.set('write')
        else document.querySelector<HTMLElement>(`#${writingSheetId} textarea`)?.focus()
      }}
    >
      <img src={pictureUrl('1F4DD')} alt="" width={pictureSize} height={pictureSize} />
      {text.layout.addNote}
    </button>
  )
}
