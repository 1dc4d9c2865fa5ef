import { pictureUrl } from '@wesee/shared'
import type { TLFrameShape } from 'tldraw'
import { addNoteHere } from '../a11y/addNoteHere.ts'
import { announce } from '../a11y/announce.ts'
import { useCurrentEditor } from '../board/currentEditor.ts'
import { groupStepFrameId } from '../board/placeNewShape.ts'
import { useBoardSession } from '../facilitation/BoardSession.ts'
import { text } from '../text.ts'

/**
 * "Add a note", labelled, for everyone who may write: a new note in the
 * group's current step, in sight, ready to type into (the same as Alt+N).
 */
export function AddNoteButton() {
  const session = useBoardSession()
  const editor = useCurrentEditor()
  if (!editor) return null
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
