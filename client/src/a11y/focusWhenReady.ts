/**
 * Moves focus to the element `selector` finds as soon as it is on the page
 * and usable (it may be drawn a moment later, after the answer that made
 * it appear). Gives up after `timeoutMs`. Used where a button is swapped
 * for another ("Vote" for "Take back"), so focus lands on the control that
 * makes sense next instead of dropping to the page.
 */
export function focusWhenReady(selector: string, timeoutMs = 3000): void {
  const tryFocus = (): boolean => {
    const target = document.querySelector<HTMLElement>(selector)
    if (!target || target.closest('[inert]') || (target as HTMLButtonElement).disabled) return false
    target.focus()
    return document.activeElement === target
  }
  if (tryFocus()) return
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop()
  })
  const timer = window.setTimeout(() => stop(), timeoutMs)
  const stop = () => {
    observer.disconnect()
    window.clearTimeout(timer)
  }
  observer.observe(document.body, { childList: true, subtree: true, attributes: true })
}
