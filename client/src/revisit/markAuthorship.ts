import type { Editor } from 'tldraw'
import { serverNow, startMeasuring } from '../facilitation/timer/serverClock.ts'

/**
 * Stamps each shape this person makes with who made it and when
 * (`meta.authorId`, `meta.createdAt`), so the summary can credit them (only
 * if they agreed) and the participation record can count their notes.
 *
 * The server is the source of who made a shape (shared/src/ownership): it
 * checks this stamp and rewrites it when it is wrong. A rewrite of a new
 * note races the letters still being typed into it, so this stamp must be
 * one the server keeps as it is: this person's id and the server's clock
 * (`serverNow`, so a device whose clock is wrong still agrees).
 * Copies that already name an author keep it (the server decides whether
 * they may); only a missing time is filled in. Returns the function that stops it.
 */
export function markAuthorship(editor: Editor, authorId: string): () => void {
  startMeasuring()
  return editor.sideEffects.registerBeforeCreateHandler('shape', (shape, source) => {
    if (source !== 'user') return shape
    const named = typeof shape.meta.authorId === 'string'
    if (named && typeof shape.meta.createdAt === 'number') return shape
    return {
      ...shape,
      meta: { ...shape.meta, authorId: named ? shape.meta.authorId : authorId, createdAt: serverNow() },
    }
  })
}
