import type { Editor, TLShape } from 'tldraw'
import type { ParticipantProfile, VoteState } from '@wesee/shared'
import { boardOutline } from '../listView/boardOutline.ts'
import { text } from '../text.ts'
import { describeNote } from './noteDescription.ts'

export interface SelectionContext {
  people: ReadonlyMap<string, ParticipantProfile>
  vote: VoteState | null
  isPrivate: (shapeId: string) => boolean
}

/**
 * What the canvas says when the chosen shapes change, in WeSee's words:
 * "Forms are too long. By Kim. Note. 2 of 5 in "What do I see?"", or
 * "Step: What do I see? 5 notes. Press Enter to go to its notes." tldraw's
 * own message counts only shapes outside frames ("0 of 15") and shows raw
 * keys for WeSee's own shapes ("tool.picture-note").
 */
export function describeSelection(editor: Editor, context: SelectionContext): string {
  const selected = editor.getSelectedShapes()
  if (selected.length === 0) return ''
  if (selected.length > 1) return text.boardWords.several(selected.length)
  const shape = selected[0]!
  const outline = boardOutline(editor)
  if (shape.type === 'frame') {
    const frame = outline.frames.find((candidate) => candidate.id === shape.id)
    return text.boardWords.stepSelected(frame?.title ?? '', frame?.notes.length ?? 0)
  }
  const frame = outline.frames.find((candidate) => candidate.notes.some((note) => note.id === shape.id))
  const notes = frame?.notes ?? outline.looseNotes
  const note = notes.find((candidate) => candidate.id === shape.id)
  if (note) {
    const at = notes.indexOf(note) + 1
    const where = frame
      ? text.boardWords.position(at, notes.length, frame.title)
      : text.boardWords.positionOnBoard(at, notes.length)
    const kind = shape.type === 'note' ? text.boardWords.note : text.boardWords.pictureNote
    const description = describeNote(note, context.people, {
      vote: context.vote,
      isPrivate: context.isPrivate(note.id),
    })
    return `${description} ${kind}. ${where}.`
  }
  return describeOtherShape(editor, shape)
}

function describeOtherShape(editor: Editor, shape: TLShape): string {
  const util = editor.getShapeUtil(shape)
  const words = util.getAriaDescriptor(shape) || util.getText(shape) || ''
  const kind = shape.type === 'image' ? text.boardWords.picture : text.boardWords.shape
  return words ? `${words}. ${kind}.` : `${kind}.`
}
