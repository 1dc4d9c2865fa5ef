import * as v from 'valibot'

/** Facilitator: ask everyone to follow their view live ("Follow me"), or stop. */
export const followSetCommand = v.object({
  type: v.literal('follow.set'),
  following: v.boolean('Choose yes or no for following.'),
})

// Far beyond any board, but small enough that a view stays a real number
// when a client zooms to it.
const maxCoordinate = 1e7

const coordinate = v.pipe(
  v.number('The view must be numbers.'),
  v.finite('The view must be numbers.'),
  v.minValue(-maxCoordinate, 'That view is too far out.'),
  v.maxValue(maxCoordinate, 'That view is too far out.'),
)

const extent = v.pipe(
  v.number('The view must be numbers.'),
  v.finite('The view must be numbers.'),
  v.gtValue(0, 'The view must have a size.'),
  v.maxValue(maxCoordinate, 'That view is too big.'),
)

/** A part of the board in page coordinates. */
export const viewportSchema = v.object({ x: coordinate, y: coordinate, w: extent, h: extent })

/** A shape id as tldraw writes it (`shape:<id>`). */
export const shapeIdSchema = v.pipe(
  v.string('Choose a frame on the board.'),
  v.regex(/^shape:[A-Za-z0-9_-]{1,64}$/, 'Choose a frame on the board.'),
)

/**
 * Facilitator: bring everyone's view here, once: to a frame (`frameId`) or
 * to the part of the board the facilitator is looking at (`viewport`).
 * People may look around again straight after.
 */
export const followBringHereCommand = v.object({
  type: v.literal('follow.bringHere'),
  frameId: v.optional(shapeIdSchema),
  viewport: v.optional(viewportSchema),
})
