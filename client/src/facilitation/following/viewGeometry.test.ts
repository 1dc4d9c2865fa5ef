import { expect, test } from 'vitest'
import { cameraToFit, isLookingAt } from './viewGeometry.ts'

const noPadding = { top: 0, right: 0, bottom: 0, left: 0 }

/** Where a page point lands on screen for a camera. */
function toScreen(camera: { x: number; y: number; z: number }, point: { x: number; y: number }) {
  return { x: (point.x + camera.x) * camera.z, y: (point.y + camera.y) * camera.z }
}

test('a frame wider than the screen fits its width, centred', () => {
  const frame = { x: 1800, y: 0, w: 1600, h: 1000 }
  const camera = cameraToFit({ w: 800, h: 800 }, frame, noPadding, 0.1, 8)
  expect(camera.z).toBeCloseTo(0.5)
  expect(toScreen(camera, { x: 1800, y: 0 })).toEqual({ x: 0, y: 150 })
  expect(toScreen(camera, { x: 3400, y: 1000 })).toEqual({ x: 800, y: 650 })
})

test('padding keeps the frame out from under the panels', () => {
  const frame = { x: 0, y: 0, w: 1600, h: 1000 }
  const padding = { top: 200, right: 20, bottom: 100, left: 20 }
  const camera = cameraToFit({ w: 1280, h: 800 }, frame, padding, 0.1, 8)
  const topLeft = toScreen(camera, { x: 0, y: 0 })
  const bottomRight = toScreen(camera, { x: 1600, y: 1000 })
  expect(topLeft.y).toBeGreaterThanOrEqual(200 - 1e-9)
  expect(bottomRight.y).toBeLessThanOrEqual(700 + 1e-9)
  expect(topLeft.x).toBeGreaterThanOrEqual(20 - 1e-9)
  expect(bottomRight.x).toBeLessThanOrEqual(1260 + 1e-9)
  // It fills the clear height exactly (the tighter side).
  expect(bottomRight.y - topLeft.y).toBeCloseTo(500)
})

test('the zoom stays within the limits', () => {
  const tiny = { x: 0, y: 0, w: 10, h: 10 }
  expect(cameraToFit({ w: 1000, h: 1000 }, tiny, noPadding, 0.1, 8).z).toBe(8)
  const huge = { x: 0, y: 0, w: 1e6, h: 1e6 }
  expect(cameraToFit({ w: 1000, h: 1000 }, huge, noPadding, 0.1, 8).z).toBe(0.1)
})

test('padding bigger than the screen still leaves a sane camera', () => {
  const camera = cameraToFit(
    { w: 300, h: 300 },
    { x: 0, y: 0, w: 100, h: 100 },
    { top: 400, right: 0, bottom: 0, left: 0 },
    0.1,
    8,
  )
  expect(Number.isFinite(camera.x) && Number.isFinite(camera.y) && camera.z > 0).toBe(true)
})

test('looking at a frame: on it, zoomed into it, or a little around it; not next door', () => {
  const frame = { x: 0, y: 0, w: 1600, h: 1000 }
  expect(isLookingAt({ x: -50, y: -50, w: 1700, h: 1100 }, frame)).toBe(true)
  expect(isLookingAt({ x: 100, y: 100, w: 400, h: 300 }, frame)).toBe(true)
  expect(isLookingAt({ x: -4000, y: -3000, w: 9000, h: 7000 }, frame)).toBe(true)
  expect(isLookingAt({ x: 1800, y: 0, w: 1600, h: 1000 }, frame)).toBe(false)
  expect(isLookingAt({ x: 1000, y: 0, w: 1600, h: 1000 }, frame)).toBe(false)
  expect(isLookingAt({ x: 0, y: 0, w: 0, h: 0 }, frame)).toBe(false)
})
