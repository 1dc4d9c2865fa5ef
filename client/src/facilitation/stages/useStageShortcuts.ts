import { useEffect } from 'react'
import type { Editor } from 'tldraw'

/** The facilitator's keys: Page Down / Page Up, which also come from presentation clickers. */
export const nextStepKey = 'PageDown'
export const previousStepKey = 'PageUp'

/** True when the key press belongs to typing, a menu or a dialog, not to the board. */
function isBusyElsewhere(event: KeyboardEvent, editor: Editor | null): boolean {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return true
  const target = event.target as HTMLElement | null
  if (target?.closest('input, textarea, select, [contenteditable="true"], dialog[open], [role="menu"]')) {
    return true
  }
  return editor?.getEditingShapeId() != null
}

/**
 * Next and previous step from the keyboard, for the facilitator. Page Down
 * and Page Up are not tldraw shortcuts, are not used while typing in a note,
 * and are what a presentation clicker sends.
 */
export function useStageShortcuts(
  editor: Editor | null,
  enabled: boolean,
  go: (direction: 1 | -1) => void,
): void {
  useEffect(() => {
    if (!enabled) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== nextStepKey && event.key !== previousStepKey) return
      if (event.repeat || isBusyElsewhere(event, editor)) return
      event.preventDefault()
      go(event.key === nextStepKey ? 1 : -1)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [editor, enabled, go])
}
