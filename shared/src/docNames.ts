/**
 * Names of the Yjs documents of a board, as they appear on the wire
 * (`/sync/<docName>`). See DESIGN.md, "Board data".
 */
export type DocName =
  | { boardId: string; kind: 'content' }
  | { boardId: string; kind: 'control' }
  /** What only the facilitator may see (help requests); server-written. */
  | { boardId: string; kind: 'facilitator' }
  | { boardId: string; kind: 'private'; participantId: string }

const idPattern = /^[A-Za-z0-9_-]{1,64}$/

/** Builds the wire name of a doc. */
export function formatDocName(name: DocName): string {
  if (name.kind === 'private') return `${name.boardId}/private/${name.participantId}`
  return `${name.boardId}/${name.kind}`
}

/** Parses a wire doc name, or returns null when it is not one of ours. */
export function parseDocName(raw: string): DocName | null {
  const parts = raw.split('/')
  const [boardId, kind, participantId] = parts
  if (!boardId || !idPattern.test(boardId)) return null
  if (parts.length === 2 && (kind === 'content' || kind === 'control' || kind === 'facilitator')) {
    return { boardId, kind }
  }
  if (parts.length === 3 && kind === 'private' && participantId && idPattern.test(participantId)) {
    return { boardId, kind, participantId }
  }
  return null
}

/** True when `id` has the shape of a board or participant id. */
export function isWellFormedId(id: string): boolean {
  return idPattern.test(id)
}
