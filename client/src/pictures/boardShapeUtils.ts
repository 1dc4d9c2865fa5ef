import { defaultShapeUtils } from 'tldraw'
import { PictureNoteShapeUtil } from './PictureNoteShapeUtil.tsx'

/**
 * WeSee's own tldraw shapes. Registered twice, and both must list the same
 * shapes: on <Tldraw shapeUtils> (to draw them) and on the store made in
 * useBoardSync (to accept their records). The server's `boardSchema` in
 * shared has the same props and migrations.
 */
export const customShapeUtils = [PictureNoteShapeUtil]

/** tldraw's shapes and ours: what the board's store is built with. */
export const boardShapeUtils = [...defaultShapeUtils, ...customShapeUtils]
