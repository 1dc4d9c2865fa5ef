import type { BoardStore, VersionListing } from '../../storage/BoardStore.ts'
import { readControlVersion } from '../versionSnapshot.ts'
import { stageOfControl } from '../versionStage.ts'
import type { RetentionCandidate } from './planRetention.ts'

/**
 * A board's versions as retention sees them. Versions saved before stages
 * were written down (still in the old, plain encoding) have their stage
 * read from their control snapshot, until the tidy-up compacts them.
 */
export async function retentionCandidates(
  store: BoardStore,
  boardId: string,
): Promise<Array<RetentionCandidate & VersionListing>> {
  const listing = await store.versions.listVersions(boardId)
  const old = new Set(
    (await store.retention.versionsToCompact(Number.MAX_SAFE_INTEGER))
      .filter((version) => version.boardId === boardId)
      .map((version) => version.id),
  )
  const candidates: Array<RetentionCandidate & VersionListing> = []
  for (const version of listing) {
    const stage = old.has(version.id) ? await storedStage(store, boardId, version.id) : version.stage
    candidates.push({ ...version, stage })
  }
  return candidates
}

/** The stage a stored version's control snapshot was in. */
export async function storedStage(
  store: BoardStore,
  boardId: string,
  versionId: string,
): Promise<string | null> {
  const row = await store.versions.getVersion(boardId, versionId)
  return row ? stageOfControl(readControlVersion(row.control).state) : null
}
