import { useMemo } from 'react'
import { createTLStore, defaultBindingUtils, Tldraw, type Editor, type TLRecord, type TLStore } from 'tldraw'
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import { boardShapeUtils, customShapeUtils } from '../pictures/boardShapeUtils.ts'

const assetUrls = getAssetUrlsByImport()

/** Records this store can show (the board's own shapes too); anything unknown is left out of the preview. */
function storeWith(records: unknown[]): TLStore {
  const store = createTLStore({ shapeUtils: boardShapeUtils, bindingUtils: defaultBindingUtils })
  const known = records.filter((record): record is TLRecord => {
    const { typeName, type } = record as { typeName?: string; type?: string }
    if (!typeName || !(typeName in store.schema.types)) return false
    if (typeName === 'shape') return boardShapeUtils.some((util) => util.type === type)
    return true
  })
  store.mergeRemoteChanges(() => store.put(known))
  return store
}

/** A version of the board, shown read-only: look and move around, change nothing. */
export function VersionPreview({ records, label }: { records: unknown[]; label: string }) {
  const store = useMemo(() => storeWith(records), [records])
  const onMount = (editor: Editor) => {
    editor.updateInstanceState({ isReadonly: true })
    // At mount the preview's box may not have its size yet (a dialog opening), so the
    // whole board is fitted again once it has, and whenever the box changes size.
    const fit = () => {
      editor.updateViewportScreenBounds(editor.getContainer())
      editor.zoomToFit({ animation: { duration: 0 } })
    }
    fit()
    const frame = requestAnimationFrame(fit)
    const observer = new ResizeObserver(() => fit())
    observer.observe(editor.getContainer())
    return () => {
      cancelAnimationFrame(frame)
      observer.disconnect()
    }
  }
  return (
    <div className="version-preview" role="region" aria-label={label} data-testid="version-preview">
      <Tldraw store={store} shapeUtils={customShapeUtils} assetUrls={assetUrls} hideUi onMount={onMount} />
    </div>
  )
}
