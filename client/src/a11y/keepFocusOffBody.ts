const focusable =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/**
 * A safety net under the whole board page: when the focused control is
 * taken off the page or turned off under the person (a button swapped for
 * another, a form that closes, a panel that folds away), focus goes to the
 * nearest control still there in the same part of the page, never to the
 * page itself, where a keyboard or screen-reader user would have to start
 * again from the top. Places that know better (Vote → Take back, Add →
 * the new note) move focus themselves first; this only catches the rest.
 */
export function keepFocusOffBody(root: HTMLElement): () => void {
  const onFocusOut = (event: FocusEvent) => {
    if (event.relatedTarget) return
    const left = event.target
    if (!(left instanceof HTMLElement)) return
    const around: HTMLElement[] = []
    for (let node = left.parentElement; node && node !== document.body; node = node.parentElement)
      around.push(node)
    requestAnimationFrame(() => {
      const now = document.activeElement
      if (now && now !== document.body) return
      // Still there and usable: the person clicked elsewhere or left the window. Leave it.
      if (left.isConnected && !(left as HTMLButtonElement).disabled && !left.closest('[inert]')) return
      for (const place of around) {
        if (!place.isConnected || place.closest('[inert]') || !root.contains(place)) continue
        const next = [...place.querySelectorAll<HTMLElement>(focusable)].find(
          (candidate) => !candidate.closest('[inert], [hidden]') && candidate.getClientRects().length > 0,
        )
        if (next) {
          next.focus()
          return
        }
      }
    })
  }
  root.addEventListener('focusout', onFocusOut)
  return () => root.removeEventListener('focusout', onFocusOut)
}
