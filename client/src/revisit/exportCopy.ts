import { createTLStore, defaultBindingUtils, Editor, type TLRecord } from 'tldraw'
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import type { ParticipantProfile } from '@wesee/shared'
import { boardShapeUtils } from '../pictures/boardShapeUtils.ts'
import { hideUncreditedNames } from './names/hideUncreditedNames.ts'

// The same fonts as the board (from our own origin), so the copy is drawn alike.
const fontUrls = getAssetUrlsByImport().fonts

/**
 * Runs `work` on a copy of the board made only for an export: the same
 * shapes, with the name of everyone who did not agree to be credited taken
 * out (`hideUncreditedNames`). A copy, not the board itself, because a
 * change to the live board would reach everyone's screen, and be saved.
 * The copy has no connection to the server and is thrown away after.
 */
export async function withExportCopy<T>(
  editor: Editor,
  people: readonly ParticipantProfile[],
  work: (copy: Editor) => Promise<T>,
): Promise<T> {
  const records = Object.values(editor.store.serialize('document')) as TLRecord[]
  const store = createTLStore({
    shapeUtils: boardShapeUtils,
    bindingUtils: defaultBindingUtils,
    // The board's own way of finding uploaded photos.
    assets: editor.store.props.assets,
  })
  store.put(hideUncreditedNames(records, people))

  // tldraw measures text in the page, so the copy needs a place there, out of sight.
  const host = document.createElement('div')
  host.className = 'tl-container tl-theme__light'
  host.setAttribute('aria-hidden', 'true')
  host.style.cssText =
    'position:fixed;left:-10000px;top:0;width:800px;height:600px;overflow:hidden;pointer-events:none'
  document.body.append(host)
  const copy = new Editor({
    store,
    shapeUtils: boardShapeUtils,
    bindingUtils: defaultBindingUtils,
    tools: [],
    getContainer: () => host,
    fontAssetUrls: fontUrls,
    textOptions: editor.getTextOptions(),
  })
  try {
    copy.setCurrentPage(editor.getCurrentPageId())
    await copy.fonts.loadRequiredFontsForCurrentPage(copy.options.maxFontsToLoadBeforeRender)
    return await work(copy)
  } finally {
    copy.dispose()
    host.remove()
    store.dispose()
  }
}
