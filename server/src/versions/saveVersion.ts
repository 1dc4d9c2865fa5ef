import { nanoid } from 'nanoid'
import { controlStateMapName, formatDocName, type VersionInfo, type VersionTrigger } from '@wesee/shared'
import type { Room } from '../rooms/Room.ts'
import type { BoardStore, VersionListing } from '../storage/BoardStore.ts'
import { snapshotContent, snapshotControl } from './versionSnapshot.ts'
import { stageOfControl } from './versionStage.ts'

/**
 * What saving a version needs. A command handler's CommandContext has all
 * of it, so a handler can call `saveVersion(ctx, ctx.board.id, trigger)`.
 */
export interface VersionDeps {
  store: BoardStore
  openDoc: (docName: string) => Promise<Room>
  now: () => number
}

/**
 * Saves a restore point of a board now: its content and control docs as
 * compact Yjs updates in SQLite. Other features call this at the end of
 * their handlers (stage change, vote reveal, private reveal), after their
 * own changes, so the version shows the moment just after.
 */
export async function saveVersion(
  deps: VersionDeps,
  boardId: string,
  trigger: VersionTrigger,
  name: string | null = null,
): Promise<VersionInfo> {
  const content = await deps.openDoc(formatDocName({ boardId, kind: 'content' }))
  const control = await deps.openDoc(formatDocName({ boardId, kind: 'control' }))
  // Both snapshots are taken in the same tick, so they belong to one moment.
  const row = {
    id: nanoid(12),
    boardId,
    createdAt: deps.now(),
    trigger,
    name,
    stage: stageOfControl(control.doc.getMap(controlStateMapName).toJSON() as Record<string, unknown>),
    content: snapshotContent(content.doc),
    control: snapshotControl(control.doc),
  }
  const size = await deps.store.versions.addVersion(row)
  return versionInfo({ ...row, size })
}

/** A stored version as the API lists it. */
export function versionInfo(row: VersionListing): VersionInfo {
  return {
    id: row.id,
    createdAt: new Date(row.createdAt).toISOString(),
    trigger: row.trigger as VersionTrigger,
    name: row.name,
    size: row.size,
    stage: row.stage,
  }
}
