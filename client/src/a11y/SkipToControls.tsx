import { text } from '../text.ts'

const focusable = 'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex="0"]'

/**
 * The first Tab stop on the board page: "Skip to WeSee controls" goes past
 * the board in words and tldraw's own buttons to the first of WeSee's
 * (the stage, the timer, the vote). A button, not a link: the board's key
 * is in the address's #fragment, and a "#…" link would replace it.
 */
export function SkipToControls() {
  return (
    <button type="button" className="skip-link" onClick={focusWeSeeControls} data-testid="skip-to-controls">
      {text.boardWords.skipToControls}
    </button>
  )
}

/** Focus on the first of WeSee's own controls (the stage, the timer, the vote, else the toolbar). */
export function focusWeSeeControls(): void {
  const region = document.getElementById('wesee-controls')
  const first =
    region?.querySelector<HTMLElement>(focusable) ?? document.querySelector<HTMLElement>('.action-bar button')
  first?.focus()
}
