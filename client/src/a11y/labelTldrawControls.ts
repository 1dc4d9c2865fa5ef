import { text } from '../text.ts'

/**
 * tldraw 3.15 draws some controls without an accessible name or with ARIA
 * that screen readers and axe reject, and it offers no props to change them.
 * Until upstream fixes them, this mends its DOM as it appears (a
 * MutationObserver, because tldraw draws these parts only while they are in
 * use: the note editor, the frame-name box, menus):
 * - the style panel's opacity slider has no name (the nearest named parent
 *   is the whole canvas, so a parent's name would say the wrong thing);
 * - the text box of a note being typed has no name;
 * - the rich-text toolbar's buttons say they are `option`s (of a list that
 *   is not there) that are pressed: they are toggle buttons;
 * - the frame-name box has no label;
 * - popover dialogs (the page menu) have no name;
 * - tldraw's "Move focus to canvas" button is one more Tab stop before
 *   WeSee's controls; "Skip to WeSee controls" and the board in words do its
 *   job, so it leaves the Tab order.
 */
export function labelTldrawControls(container: HTMLElement): () => void {
  const mend = () => {
    for (const thumb of container.querySelectorAll<HTMLElement>('[role="slider"]:not([aria-label])')) {
      thumb.setAttribute('aria-label', text.tldrawNames.opacity)
    }
    for (const box of container.querySelectorAll<HTMLElement>(
      '[contenteditable="true"][role="textbox"]:not([aria-label])',
    )) {
      box.setAttribute('aria-label', text.tldrawNames.noteWords)
    }
    for (const button of container.querySelectorAll<HTMLElement>('button[role="option"]')) {
      button.removeAttribute('role')
    }
    for (const input of container.querySelectorAll<HTMLElement>(
      'input.tl-frame-name-input:not([aria-label])',
    )) {
      input.setAttribute('aria-label', text.tldrawNames.frameName)
    }
    for (const dialog of container.querySelectorAll<HTMLElement>(
      '[role="dialog"]:not([aria-label]):not([aria-labelledby])',
    )) {
      dialog.setAttribute('aria-label', dialogName(dialog))
    }
    for (const skip of container.querySelectorAll<HTMLElement>(
      '.tl-skip-to-main-content:not([tabindex="-1"])',
    )) {
      skip.tabIndex = -1
    }
  }
  mend()
  const observer = new MutationObserver(mend)
  observer.observe(container, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['role', 'tabindex'],
  })
  // tldraw's popovers and menus are drawn outside the canvas, in a portal on <body>.
  const portals = new MutationObserver(() => {
    for (const dialog of document.querySelectorAll<HTMLElement>(
      '.tlui-popover__content[role="dialog"]:not([aria-label]):not([aria-labelledby]), .tlui-menu[role="dialog"]:not([aria-label]):not([aria-labelledby])',
    )) {
      dialog.setAttribute('aria-label', dialogName(dialog))
    }
  })
  portals.observe(document.body, { childList: true, subtree: true })
  return () => {
    observer.disconnect()
    portals.disconnect()
  }
}

/** A popover's name: its trigger's name, else what it is. */
function dialogName(dialog: HTMLElement): string {
  const id = dialog.id
  const trigger = id ? document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(id)}"]`) : null
  const named =
    trigger?.getAttribute('aria-label') || trigger?.getAttribute('title') || trigger?.textContent?.trim()
  if (dialog.querySelector('.tlui-page-menu__list, [data-testid="page-menu.list"]'))
    return text.tldrawNames.pages
  return named || text.tldrawNames.menu
}
