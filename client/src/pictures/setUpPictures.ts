import type { Editor } from 'tldraw'
import { handleFilesInPlainWords } from './handleFilesInPlainWords.ts'
import { acceptPictureDrops } from './pictureDrops.ts'

/**
 * Everything pictures and photos need from a newly mounted editor: library
 * pictures dropped from the Pictures panel, and tldraw's file handling in
 * WeSee's plain words. Call from <Tldraw onMount>; returns the cleanup.
 */
export function setUpPictures(editor: Editor): () => void {
  const cleanups = [acceptPictureDrops(editor), handleFilesInPlainWords(editor)]
  return () => {
    for (const cleanup of cleanups.reverse()) cleanup()
  }
}
