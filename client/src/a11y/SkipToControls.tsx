import { text } from '../text.ts'

const focusable = 'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex="0"]'

/**
 * The first Tab stop on the board page: "Skip to WeSee controls" goes past
 * the board in words and tldraw's own buttons to the first of WeSee's
 * (the stage, the timer, the vote). A button, not a link: the board's key
 * is in the address's #fragment, and a "#…" link would replace it.
 */
export function SkipToControls() {
  const skip = () => {
    const region = document.getElementById('wesee-controls')
    const first = region?.querySelector<HTMLElement>(focusable) ?? document.querySelector<HTMLElement>('.board-toolbar button')
    first?.focus()
  }
  return (
    <button type="button" className="skip-link" onClick={skip} data-testid="skip-to-controls">
      {text.boardWords.skipToControls}
    </button>
  )
}
