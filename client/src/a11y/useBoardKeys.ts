import { useEffect } from 'react'
import type { Editor } from 'tldraw'
import { announce } from './announce.ts'
import { addNoteHere, noteAddedMessage } from './addNoteHere.ts'
import { isTyping } from './isTyping.ts'

/**
 * WeSee's own board keys: Alt+N adds a note where the group is working, and
 * "?" shows every key. tldraw's keys (Tab between notes, arrows to move,
 * Enter to edit) keep working as they are.
 */
export function useBoardKeys({
  editor,
  canAddNotes,
  stepFrameId,
  authorId,
  showKeys,
}: {
  editor: Editor | null
  canAddNotes: boolean
  stepFrameId: string | null
  authorId: string | null
  showKeys: () => void
}): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.ctrlKey || event.metaKey) return
      if (document.querySelector('dialog[open]')) return
      if (event.key === '?' && !event.altKey) {
        event.preventDefault()
        showKeys()
        return
      }
      if (event.altKey && !event.shiftKey && event.code === 'KeyN' && editor && canAddNotes) {
        event.preventDefault()
        event.stopPropagation()
        const id = addNoteHere(editor, stepFrameId, authorId)
        announce(noteAddedMessage(editor, id))
      }
    }
    // Capture, so tldraw does not take the keys first.
    window.addEventListener('keydown', onKeyDown, true)
    return () => window.removeEventListener('keydown', onKeyDown, true)
  }, [editor, canAddNotes, stepFrameId, authorId, showKeys])
}
