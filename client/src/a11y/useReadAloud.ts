import { useCallback, useEffect } from 'react'
import { useCurrentEditor } from '../board/currentEditor.ts'
import { useBoardSession } from '../facilitation/BoardSession.ts'
import { text } from '../text.ts'
import { announce } from './announce.ts'
import { canReadAloud, readAloud } from './readAloud.ts'
import { sentences, spokenWordsOfSelection } from './spokenWords.ts'

/** The keyboard shortcut for "Read aloud": Alt+L ("listen"). tldraw uses Alt+R itself. */
export const readAloudShortcut = { label: 'Alt+L', ariaKeyShortcuts: 'Alt+L', code: 'KeyL' } as const

/**
 * "Read aloud" for the board: reads the selected shapes, or, with nothing
 * selected, the prompt of the step the group is on. Also listens for the
 * keyboard shortcut anywhere on the board page, even while typing in a note.
 */
export function useReadAloud(): () => void {
  const editor = useCurrentEditor()
  const stage = useBoardSession().control?.stage ?? null

  const readSelectionAloud = useCallback(() => {
    if (!canReadAloud()) {
      announce(text.readAloud.notAvailable)
      return
    }
    const selected = editor ? spokenWordsOfSelection(editor) : ''
    const stagePrompt = stage ? sentences([stage.title, stage.prompt]) : ''
    readAloud(selected || stagePrompt || text.readAloud.nothingToRead)
  }, [editor, stage])

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.code !== readAloudShortcut.code || !event.altKey) return
      if (event.ctrlKey || event.metaKey || event.shiftKey) return
      // On a Mac, Alt+L types "¬": keep it out of the note being read.
      event.preventDefault()
      event.stopPropagation()
      readSelectionAloud()
    }
    window.addEventListener('keydown', onKeyDown, { capture: true })
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true })
  }, [readSelectionAloud])

  return readSelectionAloud
}
