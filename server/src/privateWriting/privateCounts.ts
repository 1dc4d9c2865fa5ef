import type * as Y from 'yjs'
import { formatDocName } from '@wesee/shared'
import { countPrivateNotes } from './privateNotes.ts'

/** Opens one of the board's docs (the registry's `open`, or a command's `openDoc`). */
export type OpenDoc = (docName: string) => Promise<{ doc: Y.Doc }>

/** The private docs of these people, by participant id. */
export async function openPrivateDocs(
  openDoc: OpenDoc,
  boardId: string,
  participantIds: readonly string[],
): Promise<Map<string, Y.Doc>> {
  const rooms = await Promise.all(
    participantIds.map((participantId) =>
      openDoc(formatDocName({ boardId, kind: 'private', participantId })),
    ),
  )
  return new Map(participantIds.map((id, i) => [id, rooms[i]!.doc]))
}

/**
 * How many private notes each person has now, counted by the server from
 * the private docs themselves (nobody's browser is trusted for it). Only the
 * facilitator is ever told these (`GET /api/boards/:id/private/status`).
 */
export function privateNoteCounts(docs: ReadonlyMap<string, Y.Doc>): Record<string, number> {
  return Object.fromEntries([...docs].map(([id, doc]) => [id, countPrivateNotes(doc)]))
}

/** What everyone may know: how many people have at least one private note (naming nobody). */
export function writersIn(docs: ReadonlyMap<string, Y.Doc>): number {
  return [...docs.values()].filter((doc) => countPrivateNotes(doc) > 0).length
}
