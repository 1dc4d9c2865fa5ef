import { Vec, type Editor } from 'tldraw'
import { wantsReducedMotion } from '../../settings/displaySettings.ts'
import { smallestZoomForReading } from '../../layout/readableZoom.ts'
import { cameraToFit, cameraToRead, type Padding, type Rect } from './viewGeometry.ts'

/** Long enough to see where the view went, short enough not to keep anyone waiting. */
const moveMs = 700

/** True when this person asked for less motion, in My settings or on their device. */
export function prefersReducedMotion(): boolean {
  return wantsReducedMotion()
}

/**
 * Brings this person's view to `target` (page units), all of it showing and
 * clear of our panels: smoothly, or at once for people who prefer less
 * motion (and on first opening, when there is nothing to follow with the eye).
 */
export function moveViewTo(
  editor: Editor,
  target: Rect,
  padding: Padding,
  options: { instant?: boolean } = {},
): void {
  const screen = editor.getViewportScreenBounds()
  const { zoomSteps } = editor.getCameraOptions()
  const fitted = cameraToFit(
    { w: screen.w, h: screen.h },
    target,
    padding,
    zoomSteps[0] ?? 0.1,
    zoomSteps[zoomSteps.length - 1] ?? 8,
  )
  // On a phone, a frame too big to read when fitted shows from its top-left instead.
  const readable = smallestZoomForReading()
  const camera = readable !== null && fitted.z < readable ? cameraToRead(target, padding, readable) : fitted
  const instant = options.instant === true || prefersReducedMotion()
  editor.setCamera(
    new Vec(camera.x, camera.y, camera.z),
    instant ? undefined : { animation: { duration: moveMs } },
  )
}
