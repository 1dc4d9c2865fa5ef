import {
  atom,
  defaultHandleExternalFileAsset,
  defaultHandleExternalFileContent,
  type Editor,
  type TLDefaultExternalContentHandlerOpts,
  type TLImageShape,
  type TLUiToast,
  type TLUiToastsContextType,
} from 'tldraw'
import { text } from '../text.ts'
import { reportPhotoProblem } from './photoProblem.ts'

/** The largest file tldraw may hand to the asset store: big photos are shrunk there, before upload. */
const maxFileBytes = 50 * 1024 * 1024
/** A new photo's size on the board, in page units: about half a stage frame, next to notes of 200. */
const newPhotoSize = 800

/** tldraw's message keys in our words; a function, so the words are in the language chosen now. */
const messages = (): Record<string, string> => ({
  'assets.files.type-not-allowed': text.photos.notAPicture,
  'assets.files.size-too-big': text.photos.fileTooBig,
  'assets.files.amount-too-big': text.photos.tooManyAtOnce,
  'assets.files.upload-failed': text.photos.notAdded,
})

/**
 * Makes tldraw's file handling (drop, paste, the file picker, the camera)
 * speak WeSee's plain words: its messages go to our notice instead of its
 * toasts, after the server's own reason when there is one. Also removes the
 * empty picture left behind when an upload is refused, so nobody else sees
 * a blank box. Returns the function that undoes it.
 */
export function handleFilesInPlainWords(editor: Editor): () => void {
  const toasts = atom<TLUiToast[]>('photo messages', [])
  const toastsToNotice: TLUiToastsContextType = {
    toasts,
    addToast(toast) {
      const message = toast.title ?? text.photos.notAdded
      reportPhotoProblem(message, { generic: message === text.photos.notAdded })
      return toast.id ?? 'photo-problem'
    },
    removeToast: (id) => id,
    clearToasts: () => undefined,
  }
  const options: TLDefaultExternalContentHandlerOpts = {
    maxAssetSize: maxFileBytes,
    maxImageDimension: newPhotoSize,
    toasts: toastsToNotice,
    msg: (key?: string) => (key && messages()[key]) ?? text.photos.notAdded,
  }
  editor.registerExternalAssetHandler('file', (asset) =>
    defaultHandleExternalFileAsset(editor, asset, options),
  )
  editor.registerExternalContentHandler('files', (content) =>
    defaultHandleExternalFileContent(editor, content, options),
  )

  // tldraw deletes the asset of a refused upload but keeps its (now empty) shape.
  const stopRemovingEmpty = editor.sideEffects.registerAfterDeleteHandler('asset', (asset, source) => {
    if (source !== 'user') return
    const orphans = editor
      .getCurrentPageShapes()
      .filter((shape) => shape.type === 'image' && (shape as TLImageShape).props.assetId === asset.id)
    if (orphans.length > 0) editor.deleteShapes(orphans)
  })
  return stopRemovingEmpty
}
