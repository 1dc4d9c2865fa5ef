import type { BoardStore, VersionListing } from '../../storage/BoardStore.ts'
import { readControlVersion } from '../versionSnapshot.ts'
import { stageOfControl } from '../versionStage.ts'
import type { RetentionCandidate } from './planRetention.ts'

/**
 * A board's versions as retention sees them. Versions saved before stages
 * were written down (still in the old, plain encoding) have their stage
 * read from their control snapshot, until the tidy-up compacts them.
 */
export function retentionCandidates(
  store: BoardStore,
  boardId: string,
  listing: readonly VersionListing[] = store.listVersions(boardId),
): Array<RetentionCandidate & VersionListing> {
  const old = new Set(
    store
      .versionsToCompact(Number.MAX_SAFE_INTEGER)
      .filter((version) => version.boardId === boardId)
      .map((version) => version.id),
  )
  return listing.map((version) => ({
    ...version,
    stage: old.has(version.id) ? storedStage(store, boardId, version.id) : version.stage,
  }))
}

/** The stage a stored version's control snapshot was in. */
export function storedStage(store: BoardStore, boardId: string, versionId: string): string | null {
  const row = store.getVersion(boardId, versionId)
  return row ? stageOfControl(readControlVersion(row.control).state) : null
}
