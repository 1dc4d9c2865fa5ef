import { useEffect } from 'react'
import { react, type Editor, type TLShape, type TLShapeId } from 'tldraw'
import { Role } from '@wesee/shared'
import { text } from '../text.ts'
import { announce } from './announce.ts'
import { frameOf, isEmptyNote, isNoteShape, notesInFrame } from './canvasNotes.ts'
import { chooseOnCanvas } from './chooseOnCanvas.ts'
import { isTyping } from './isTyping.ts'
import { focusWeSeeControls } from './SkipToControls.tsx'

/** The key that jumps to the notes of the step the group is on. */
export const jumpToStepKey = { code: 'KeyJ', label: 'Alt + J' } as const

/**
 * WeSee's keys on the canvas, so a keyboard user reaches every note:
 * - on a frame (a step), Enter or Tab goes into its notes; on a note in a
 *   frame, Tab and Shift + Tab go through its notes (after the last, on to
 *   WeSee's controls; before the first, back to the frame) and Escape goes
 *   back out to the frame (tldraw's Tab visits only shapes on the page, so notes
 *   inside frames were out of reach, and Enter renamed the frame);
 * - Alt + J jumps to the notes of the group's step;
 * - Tab while typing a note finishes it (tldraw would start another note);
 * - a note this person made and left empty is taken away when they stop
 *   typing (Alt + N then Escape must not leave empty notes on everyone's
 *   board);
 * - only the facilitator renames a frame (F2 on a chosen frame); a
 *   participant who starts renaming (a double click) is stopped. The server
 *   refuses the change too.
 */
export function useCanvasKeys({
  editor,
  role,
  stepFrameId,
}: {
  editor: Editor | null
  role: Role
  stepFrameId: string | null
}): void {
  useEffect(() => {
    if (!editor) return
    const container = editor.getContainer()
    // Keys whose key-up tldraw also acts on (Tab, Enter): swallowed when we took the key-down.
    const taken = new Set<string>()

    const onCanvas = (target: EventTarget | null) =>
      target instanceof HTMLElement &&
      (target === container || (container.contains(target) && target.closest('.tl-canvas') !== null))

    const take = (event: KeyboardEvent) => {
      event.preventDefault()
      event.stopPropagation()
      taken.add(event.code)
    }

    const onKeyDown = (event: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return
      const plain = !event.altKey && !event.ctrlKey && !event.metaKey

      if (
        event.altKey &&
        !event.ctrlKey &&
        !event.metaKey &&
        !event.shiftKey &&
        event.code === jumpToStepKey.code
      ) {
        if (isTyping(event.target) && !onCanvas(event.target)) return
        take(event)
        jumpToStep(editor, stepFrameId)
        return
      }
      if (!onCanvas(event.target)) return

      const editing = editor.getEditingShape()
      if (editing) {
        if (event.key === 'Tab' && plain && isNoteShape(editing)) {
          take(event)
          finishTyping(editor, editing)
        }
        return
      }
      if (!editor.isIn('select.idle')) return
      const chosen = editor.getOnlySelectedShape()
      if (!chosen) return

      if (chosen.type === 'frame') {
        if ((event.key === 'Enter' || (event.key === 'Tab' && !event.shiftKey)) && plain) {
          const first = notesInFrame(editor, chosen.id)[0]
          if (!first && event.key === 'Tab') return // no notes: Tab goes on to the next step
          take(event)
          if (first) chooseOnCanvas(editor, first)
          else announce(text.boardWords.noNotesInStep(frameTitle(chosen)))
        } else if (event.key === 'F2' && plain) {
          take(event)
          if (role === Role.Facilitator) {
            editor.setEditingShape(chosen.id)
            editor.setCurrentTool('select.editing_shape')
          } else {
            announce(text.boardWords.onlyFacilitatorRenames)
          }
        }
        return
      }

      const frame = isNoteShape(chosen) ? frameOf(editor, chosen) : null
      if (!frame) return
      if (event.key === 'Escape' && plain) {
        take(event)
        chooseOnCanvas(editor, frame.id)
      } else if (event.key === 'Tab' && !event.altKey && !event.ctrlKey && !event.metaKey) {
        take(event)
        const notes = notesInFrame(editor, frame.id)
        const at = notes.indexOf(chosen.id)
        const next = notes[at + (event.shiftKey ? -1 : 1)]
        if (next) chooseOnCanvas(editor, next)
        // Before the first note: back to the step. After the last: on to WeSee's controls
        // (the vote panel's "Vote for this note" among them), with the note still chosen.
        else if (event.shiftKey) chooseOnCanvas(editor, frame.id)
        else focusWeSeeControls()
      }
    }

    const onKeyUp = (event: KeyboardEvent) => {
      if (!taken.delete(event.code)) return
      event.preventDefault()
      event.stopPropagation()
    }

    window.addEventListener('keydown', onKeyDown, true)
    window.addEventListener('keyup', onKeyUp, true)
    const stopWatching = watchEditing(editor, role)
    return () => {
      window.removeEventListener('keydown', onKeyDown, true)
      window.removeEventListener('keyup', onKeyUp, true)
      stopWatching()
    }
  }, [editor, role, stepFrameId])
}

function frameTitle(frame: TLShape): string {
  return (frame.props as { name?: string }).name || ''
}

/** Alt + J: the first note of the group's step, or the step itself when it has none. */
function jumpToStep(editor: Editor, stepFrameId: string | null): void {
  const frame = stepFrameId ? editor.getShape(stepFrameId as TLShapeId) : undefined
  if (!frame) {
    announce(text.boardWords.noStep)
    return
  }
  if (editor.getEditingShapeId()) editor.complete()
  const first = notesInFrame(editor, frame.id)[0]
  chooseOnCanvas(editor, first ?? frame.id)
}

/** Tab while typing: the note is done, it stays chosen, and focus stays on the canvas. */
function finishTyping(editor: Editor, note: TLShape): void {
  editor.complete()
  editor.getContainer().focus()
  if (!editor.getShape(note.id)) return
  const frame = frameOf(editor, note)
  announce(frame ? text.boardWords.noteSavedIn(frameTitle(frame)) : text.boardWords.noteSaved)
}

/**
 * Watches what is being typed in: a participant is stopped from renaming a
 * frame, and a note made here and left empty is taken away.
 */
function watchEditing(editor: Editor, role: Role): () => void {
  const madeHere = new Set<TLShapeId>()
  const stopCreating = editor.sideEffects.registerAfterCreateHandler('shape', (shape, source) => {
    if (source === 'user' && shape.type === 'note') madeHere.add(shape.id)
  })
  let previous: TLShapeId | null = null
  const stopReacting = react('what is being typed in', () => {
    const editing = editor.getEditingShape()
    const left = previous
    previous = editing?.id ?? null
    if (editing?.type === 'frame' && role !== Role.Facilitator) {
      // Later, outside the reaction: changing state inside it is not allowed.
      queueMicrotask(() => {
        if (editor.getEditingShapeId() !== editing.id) return
        editor.setEditingShape(null)
        editor.setCurrentTool('select')
        announce(text.boardWords.onlyFacilitatorRenames)
      })
    }
    if (left && left !== previous && madeHere.has(left)) {
      queueMicrotask(() => {
        if (editor.getEditingShapeId() === left || !isEmptyNote(editor, left)) return
        madeHere.delete(left)
        editor.deleteShapes([left])
        announce(text.boardWords.emptyNoteRemoved)
      })
    }
  })
  return () => {
    stopCreating()
    stopReacting()
  }
}
