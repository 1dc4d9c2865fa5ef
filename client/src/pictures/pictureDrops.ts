import type { Editor } from 'tldraw'
import { findLibraryPicture } from '@wesee/shared'
import { announce } from '../a11y/announce.ts'
import { text } from '../text.ts'
import { addLibraryPicture, type AddPictureAs } from './addPicture.ts'

/** The drag data type of a library picture dragged from the Pictures panel. */
export const pictureDragType = 'application/x-wesee-picture'

/** What a dragged library picture carries. */
export interface DraggedPicture {
  id: string
  as: AddPictureAs
}

/** Puts a library picture on a drag (from the Pictures panel). */
export function startPictureDrag(
  event: { dataTransfer: DataTransfer | null },
  picture: DraggedPicture,
): void {
  event.dataTransfer?.setData(pictureDragType, JSON.stringify(picture))
  if (event.dataTransfer) event.dataTransfer.effectAllowed = 'copy'
}

function draggedPicture(data: string): DraggedPicture | null {
  try {
    const parsed = JSON.parse(data) as Partial<DraggedPicture>
    if (typeof parsed.id !== 'string') return null
    return { id: parsed.id, as: parsed.as === 'picture-note' ? 'picture-note' : 'picture' }
  } catch {
    return null
  }
}

/**
 * Lets a library picture be dropped on the canvas, where it lands under the
 * pointer (inside a frame when dropped on one). tldraw handles dropped
 * files itself; these listeners run first and only take our own drags.
 * Returns the function that stops listening.
 */
export function acceptPictureDrops(editor: Editor): () => void {
  const container = editor.getContainer()
  const isOurs = (event: DragEvent) => event.dataTransfer?.types.includes(pictureDragType) ?? false
  const onDragOver = (event: DragEvent) => {
    if (!isOurs(event)) return
    event.preventDefault()
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
  }
  const onDrop = (event: DragEvent) => {
    if (!isOurs(event)) return
    event.preventDefault()
    event.stopPropagation()
    const dragged = draggedPicture(event.dataTransfer?.getData(pictureDragType) ?? '')
    const picture = dragged && findLibraryPicture(dragged.id)
    if (!dragged || !picture) return
    const point = editor.screenToPage({ x: event.clientX, y: event.clientY })
    if (addLibraryPicture(editor, picture, dragged.as, point)) announce(text.pictures.added(picture.name))
  }
  container.addEventListener('dragover', onDragOver, { capture: true })
  container.addEventListener('drop', onDrop, { capture: true })
  return () => {
    container.removeEventListener('dragover', onDragOver, { capture: true })
    container.removeEventListener('drop', onDrop, { capture: true })
  }
}
