import { useId, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { Role } from '@wesee/shared'
import { useCurrentEditor } from '../board/currentEditor.ts'
import { useBoardSession } from '../facilitation/BoardSession.ts'
import { text } from '../text.ts'
import { PicturesPanel } from './PicturesPanel.tsx'
import { placeNewShape } from '../board/placeNewShape.ts'
import type { Editor } from 'tldraw'

// Phones and tablets (a finger, not a mouse) get a button that opens the camera.
const hasCamera = () => typeof window !== 'undefined' && window.matchMedia?.('(pointer: coarse)').matches

/**
 * The board's picture buttons: the Pictures panel, "Add a photo" and, on
 * phones, "Take a photo" (so a drawing on paper is on the board in
 * seconds). Hidden from viewers and while the facilitator has paused editing.
 */
export function PictureTools({
  only,
  pictureLabel = text.pictures.button,
}: {
  /** Just the Pictures button (`library`) or just the photo buttons (`photos`); both when left out. */
  only?: 'library' | 'photos'
  pictureLabel?: string
} = {}) {
  const session = useBoardSession()
  const editor = useCurrentEditor()
  const [panelOpen, setPanelOpen] = useState(false)
  const panelId = useId()
  const pictureButton = useRef<HTMLButtonElement>(null)
  const fileInput = useRef<HTMLInputElement>(null)
  const cameraInput = useRef<HTMLInputElement>(null)
  const locked = session.control?.lock.locked ?? false
  if (session.role === Role.Viewer || (session.role === Role.Participant && locked) || !editor) return null

  const addPhotos = (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])]
    input.value = '' // Choosing the same photo again should add it again.
    if (files.length === 0) return
    // tldraw's own file handling: the same path as drop and paste, through the asset store.
    void editor.putExternalContent({ type: 'files', files, point: newPhotoPoint(editor) })
  }
  const closePanel = ({ returnFocus = true } = {}) => {
    setPanelOpen(false)
    if (returnFocus) pictureButton.current?.focus()
  }

  const library = only !== 'photos'
  const photos = only !== 'library'
  return (
    <>
      {library && (
        <button
          ref={pictureButton}
          type="button"
          className="button"
          aria-expanded={panelOpen}
          aria-controls={panelOpen ? panelId : undefined}
          onClick={() => (panelOpen ? closePanel() : setPanelOpen(true))}
        >
          {pictureLabel}
        </button>
      )}
      {photos && (
        <>
          <button type="button" className="button" onClick={() => fileInput.current?.click()}>
            {text.photos.addPhoto}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept="image/*"
            multiple
            hidden
            data-testid="add-photo-input"
            onChange={(event) => addPhotos(event.currentTarget)}
          />
        </>
      )}
      {photos && hasCamera() && (
        <>
          <button type="button" className="button" onClick={() => cameraInput.current?.click()}>
            {text.photos.takePhoto}
          </button>
          <input
            ref={cameraInput}
            type="file"
            accept="image/*"
            capture="environment"
            hidden
            data-testid="take-photo-input"
            onChange={(event) => addPhotos(event.currentTarget)}
          />
        </>
      )}
      {panelOpen &&
        // Out of the region it was opened from, as a sheet is: the regions are zoomed for bigger
        // text, and inside one the panel's place over the board (from BoardLayout) came out zoomed
        // too, wider than a phone and off its edge. Inside <main>, so its key handling applies.
        createPortal(
          <PicturesPanel editor={editor} id={panelId} onClose={closePanel} />,
          document.getElementById('main') ?? document.body,
        )}
    </>
  )
}

/** Where a photo goes: the middle of a free spot in the group's step frame (see placeNewShape). */
function newPhotoPoint(editor: Editor) {
  const size = { w: 300, h: 300 }
  const place = placeNewShape(editor, size)
  const corner = { x: place.x, y: place.y }
  const onPage = place.frame ? editor.getShapePageTransform(place.frame).applyToPoint(corner) : corner
  return { x: onPage.x + size.w / 2, y: onPage.y + size.h / 2 }
}
