/**
 * tldraw 3.15 renders a few controls without an accessible name (the style
 * panel's slider thumb is one). Until upstream fixes them, give each a name
 * from its nearest label so screen readers and axe can identify it.
 */
export function labelTldrawControls(container: HTMLElement): () => void {
  const label = () => {
    for (const thumb of container.querySelectorAll<HTMLElement>('[role="slider"]:not([aria-label])')) {
      const named = thumb.closest('[aria-label]')?.getAttribute('aria-label')
      const title = thumb.closest('[title]')?.getAttribute('title')
      thumb.setAttribute('aria-label', named ?? title ?? 'Opacity')
    }
  }
  label()
  const observer = new MutationObserver(label)
  observer.observe(container, { childList: true, subtree: true })
  return () => observer.disconnect()
}
