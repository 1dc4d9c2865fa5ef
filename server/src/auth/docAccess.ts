import { parseDocName, Role, type CloseCodeName, type DocName } from '@wesee/shared'
import type { BoardStore } from '../storage/BoardStore.ts'
import { roleForKey } from './secrets.ts'

/** Who is on the other end of a sync connection, once authorised. */
export interface DocGrant {
  boardId: string
  docName: string
  doc: DocName
  role: Role
  /** Set when the connection proved a participant token. */
  participantId: string | null
}

export type DocAccessResult =
  { ok: true; grant: DocGrant } | { ok: false; code: CloseCodeName; reason: string }

/** Proves a participant token; filled in by the joining feature. */
export type ParticipantTokenCheck = (boardId: string, token: string) => Promise<string | null>

/**
 * Decides, before the WebSocket upgrade completes, whether a key (and
 * token) may open a doc. Order matters: an unknown board is 4404 whatever the
 * key, so the answer never tells a stranger which keys are close.
 */
export async function authorizeDoc(
  store: BoardStore,
  rawDocName: string,
  key: string | null,
  token: string | null,
  checkToken: ParticipantTokenCheck,
): Promise<DocAccessResult> {
  const doc = parseDocName(rawDocName)
  if (!doc) return { ok: false, code: 'NotFound', reason: 'No such doc' }
  const board = await store.boards.getBoard(doc.boardId)
  if (!board) return { ok: false, code: 'NotFound', reason: 'No such board' }
  const role = roleForKey(board, key)
  if (!role) return { ok: false, code: 'Unauthorized', reason: 'Wrong key' }
  const participantId = token ? await checkToken(board.id, token) : null
  if (token && !participantId) return { ok: false, code: 'Unauthorized', reason: 'Wrong token' }
  const grant: DocGrant = { boardId: board.id, docName: rawDocName, doc, role, participantId }

  if (doc.kind === 'private') {
    // Only the owner, proven by their token, ever opens a private doc.
    if (!participantId) return { ok: false, code: 'Unauthorized', reason: 'A token is needed' }
    if (participantId !== doc.participantId || role === Role.Viewer) {
      return { ok: false, code: 'Forbidden', reason: 'Not your doc' }
    }
  }
  if (doc.kind === 'facilitator' && role !== Role.Facilitator) {
    // Help requests say who asked: only the facilitator's key opens them.
    return { ok: false, code: 'Forbidden', reason: 'Only the facilitator' }
  }
  return { ok: true, grant }
}
