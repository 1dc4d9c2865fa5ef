import { atom, Vec, type Editor, type TLFrameShape, type TLParentId, type TLShapeId } from 'tldraw'

/**
 * Where a new note or picture lands, for every way of adding one (the
 * "Add a note" button, Alt+N, the list view, the Pictures sheet): in the
 * group's current step frame, at the first free spot under the frame's
 * prompt, never on top of another note. The board region is never covered
 * by WeSee's panels, so a spot in view is a spot the person can see.
 */

/** The frame of the step the group is on, kept by the board page from the control doc. */
export const groupStepFrameId = atom<string | null>('group step frame', null)

/** Room left at the top of a frame for its prompt (template frames draw it there). */
const promptBand = 200
const gap = 24

export interface NewShapePlace {
  parentId: TLParentId
  /** In the parent's own coordinates. */
  x: number
  y: number
  /** The frame it goes in, or null when it goes on the page itself. */
  frame: TLFrameShape | null
}

function frameOf(editor: Editor, id: string | null): TLFrameShape | null {
  const shape = id ? editor.getShape(id as TLShapeId) : undefined
  return shape?.type === 'frame' ? (shape as TLFrameShape) : null
}

/** The top-most frame under a page point. */
export function frameAt(editor: Editor, point: { x: number; y: number }): TLFrameShape | null {
  const frames = editor
    .getCurrentPageShapesSorted()
    .filter((shape): shape is TLFrameShape => shape.type === 'frame')
  return frames.reverse().find((frame) => editor.isPointInShape(frame, point, { hitInside: true })) ?? null
}

/**
 * The first free spot of `size` inside a frame, row by row under its
 * prompt, in the frame's coordinates. When the frame is full, the spot
 * just under its last row (the frame's owner can make it bigger).
 */
export function freeSpotInFrame(
  editor: Editor,
  frameId: TLShapeId,
  size: { w: number; h: number } = { w: 200, h: 200 },
): { x: number; y: number } {
  const frame = editor.getShape(frameId)
  const { w, h } = (frame?.props ?? { w: 1600, h: 1000 }) as { w: number; h: number }
  const taken = editor.getSortedChildIdsForParent(frameId).map((id) => {
    const child = editor.getShape(id)!
    const bounds = editor.getShapeGeometry(child).bounds
    return { x: child.x, y: child.y, w: bounds.w, h: bounds.h }
  })
  const overlaps = (x: number, y: number) =>
    taken.some(
      (t) =>
        x < t.x + t.w + gap / 2 &&
        x + size.w + gap / 2 > t.x &&
        y < t.y + t.h + gap / 2 &&
        y + size.h + gap / 2 > t.y,
    )
  for (let y = promptBand; y + size.h <= h; y += size.h / 2 + gap / 2) {
    for (let x = gap * 2; x + size.w <= w; x += size.w / 2 + gap / 2) {
      if (!overlaps(x, y)) return { x, y }
    }
  }
  const lowest = Math.max(promptBand, ...taken.map((t) => t.y + t.h + gap))
  return { x: gap * 2, y: lowest }
}

/**
 * Where a new shape of `size` goes: the group's step frame (or the one
 * given), else the frame in the middle of the view, else the middle of the
 * view, stepped aside from anything already there.
 */
export function placeNewShape(
  editor: Editor,
  size: { w: number; h: number },
  frameId: string | null = groupStepFrameId.get(),
): NewShapePlace {
  const centre = editor.getViewportPageBounds().center
  const frame = frameOf(editor, frameId) ?? frameAt(editor, centre)
  if (frame) return { parentId: frame.id, ...freeSpotInFrame(editor, frame.id, size), frame }
  const taken = editor
    .getCurrentPageShapes()
    .map((shape) => editor.getShapePageBounds(shape))
    .filter((bounds) => bounds !== undefined)
  // Stepped down and right of anything added at the same spot before, so three in a row show three.
  let corner = new Vec(centre.x - size.w / 2, centre.y - size.h / 2)
  for (let i = 0; i < 20; i++) {
    const here = corner
    if (!taken.some((b) => Math.abs(b.minX - here.x) < 2 && Math.abs(b.minY - here.y) < 2)) break
    corner = corner.add({ x: gap, y: gap })
  }
  return { parentId: editor.getCurrentPageId(), x: corner.x, y: corner.y, frame: null }
}

/** Brings a new shape into sight when it is not all on screen, keeping the zoom. */
export function bringIntoSight(editor: Editor, id: TLShapeId): void {
  const bounds = editor.getShapePageBounds(id)
  if (!bounds) return
  const view = editor.getViewportPageBounds()
  if (view.contains(bounds)) return
  editor.centerOnPoint(bounds.center, { animation: { duration: editor.options.animationMediumMs } })
}
