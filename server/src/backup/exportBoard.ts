import {
  backupFormat,
  backupFormatVersion,
  formatDocName,
  isVersionTrigger,
  serializedBoardSchema,
  VersionTrigger,
  type BackupControl,
  type BackupVersion,
  type BoardBackup,
  type ParticipantProfile,
} from '@wesee/shared'
import type { UploadStore } from '../storage/UploadStore.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { BoardRow, BoardStore } from '../storage/BoardStore.ts'
import {
  readContentVersion,
  readControlVersion,
  snapshotContent,
  snapshotControl,
} from '../versions/versionSnapshot.ts'
import { readBackupImages, uploadedImageHashes } from './backupImages.ts'

/**
 * The whole board as one backup file: its records, its control doc, the
 * uploaded images it uses, and (when asked) its versions. Written the same
 * way every time (sorted records, sorted sections and people, nobody
 * "here now"), so export → import → export gives the same file apart from
 * the board id and `exportedAt`.
 */
export async function exportBoard(
  deps: { store: BoardStore; registry: RoomRegistry; assets: UploadStore },
  board: BoardRow,
  { withVersions }: { withVersions: boolean },
): Promise<BoardBackup> {
  const content = await deps.registry.open(formatDocName({ boardId: board.id, kind: 'content' }))
  const control = await deps.registry.open(formatDocName({ boardId: board.id, kind: 'control' }))
  // Read through the same compact snapshots versions use, so records come out migrated and sorted.
  const records = readContentVersion(snapshotContent(content.doc)).records.map(sortKeys)
  const backup: BoardBackup = {
    format: backupFormat,
    formatVersion: backupFormatVersion,
    exportedAt: new Date().toISOString(),
    board: {
      id: board.id,
      title: board.title,
      template: board.template,
      createdAt: new Date(board.createdAt).toISOString(),
      archived: board.archived,
    },
    schema: serializedBoardSchema(),
    records,
    control: canonicalControl(readControlVersion(snapshotControl(control.doc))),
    images: [],
  }
  const allRecords: unknown[] = [...records]
  if (withVersions) {
    const versions: BackupVersion[] = []
    for (const listing of (await deps.store.versions.listVersions(board.id)).reverse()) {
      const row = await deps.store.versions.getVersion(board.id, listing.id)
      if (!row) continue
      const records = readContentVersion(row.content).records.map(sortKeys)
      allRecords.push(...records)
      versions.push({
        createdAt: new Date(row.createdAt).toISOString(),
        trigger: isVersionTrigger(row.trigger) ? row.trigger : VersionTrigger.Manual,
        name: row.name,
        schema: serializedBoardSchema(),
        records,
        control: canonicalControl(readControlVersion(row.control)),
      })
    }
    backup.versions = versions
  }
  backup.images = await readBackupImages(deps.assets, uploadedImageHashes(allRecords))
  return backup
}

/**
 * Sections and people in a fixed order, nobody marked as here now
 * (presence is not content), and no join code: like the keys, a code
 * belongs to one board on one server, and the imported board gets its own.
 */
function canonicalControl(control: {
  state: Record<string, unknown>
  participants: Record<string, unknown>
}): BackupControl {
  const { joining, ...sections } = control.state
  if (joining && typeof joining === 'object') {
    const { code: _code, ...rest } = joining as Record<string, unknown>
    sections.joining = rest
  }
  const state = sortKeys(sections)
  const participants = Object.fromEntries(
    Object.entries(control.participants as Record<string, ParticipantProfile>)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([id, profile]) => [id, sortKeys({ ...profile, present: false })]),
  )
  return { state, participants }
}

/** The same JSON with every object's keys in order, so equal content is written the same way. */
function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T
  if (typeof value !== 'object' || value === null) return value
  return Object.fromEntries(
    Object.entries(value)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => [key, sortKeys(item)]),
  ) as T
}
