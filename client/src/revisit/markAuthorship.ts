import type { Editor } from 'tldraw'

/**
 * The server is the source of who made a shape: it overwrites `meta.authorId`
 * and `meta.createdAt` on every new shape from the connection
 * (shared/src/ownership). This optimistic stamp only lets this screen show
 * the person's own note as theirs before the server's answer arrives.
 *
 * Stamps each shape this person makes with who made it and when
 * (`meta.authorId`, `meta.createdAt`), so the summary can credit them (only
 * if they agreed) and the participation record can count their notes.
 * Shapes arriving from others, and copies that already name an author,
 * keep what they have. Returns the function that stops it.
 */
export function markAuthorship(editor: Editor, authorId: string): () => void {
  return editor.sideEffects.registerBeforeCreateHandler('shape', (shape, source) => {
    if (source !== 'user' || typeof shape.meta.authorId === 'string') return shape
    return { ...shape, meta: { ...shape.meta, authorId, createdAt: Date.now() } }
  })
}
