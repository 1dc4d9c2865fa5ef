import type { VersionKept } from '@wesee/shared'
import type { BoardStore } from '../../storage/BoardStore.ts'
import { planRetention, versionsToRemove } from './planRetention.ts'
import type { RetentionPolicy } from './RetentionPolicy.ts'
import { retentionCandidates, storedStage } from './retentionCandidates.ts'

/** A version the tidy-up removed (or, in a dry run, would remove). */
export interface PrunedVersion {
  boardId: string
  boardTitle: string
  id: string
  createdAt: number
  trigger: string
  name: string | null
  /** Bytes it took as stored. */
  size: number
}

export interface VersionPruneReport {
  /** Versions removed, or the ones that would be in a dry run. */
  removed: PrunedVersion[]
  /** Bytes those versions took. */
  bytes: number
  /** Older versions stored again compressed (none in a dry run). */
  compacted: number
}

/** How many old, uncompressed versions one tidy-up compresses (so one pass stays short). */
const compactPerPass = 500

/**
 * Thins automatic versions by age (planRetention) on every board, and
 * compresses versions saved before compression came in. Runs from the
 * periodic maintenance and from `pnpm wesee prune`.
 */
export class VersionRetention {
  constructor(
    private readonly store: BoardStore,
    readonly policy: RetentionPolicy,
    private readonly now: () => number = Date.now,
  ) {}

  /** Why each version of a board is kept at `at` (null: the next tidy-up removes it). */
  async keptReasons(boardId: string, at: number = this.now()): Promise<Map<string, VersionKept | null>> {
    return planRetention(await retentionCandidates(this.store, boardId), at, this.policy)
  }

  /** Removes what retention says to remove; with `dryRun`, only says what that would be. */
  async prune({
    at = this.now(),
    dryRun = false,
  }: { at?: number; dryRun?: boolean } = {}): Promise<VersionPruneReport> {
    const compacted = dryRun ? 0 : await this.compactOldVersions()
    const removed: PrunedVersion[] = []
    for (const boardId of await this.store.retention.boardIds()) {
      const listing = await retentionCandidates(this.store, boardId)
      const goes = new Set(versionsToRemove(planRetention(listing, at, this.policy)))
      if (goes.size === 0) continue
      const boardTitle = (await this.store.boards.getBoard(boardId))?.title ?? ''
      if (!dryRun) await this.store.retention.deleteVersions(boardId, [...goes])
      for (const version of listing) {
        if (!goes.has(version.id)) continue
        const { id, createdAt, trigger, name, size } = version
        removed.push({ boardId, boardTitle, id, createdAt, trigger, name, size })
      }
    }
    return { removed, bytes: removed.reduce((sum, version) => sum + version.size, 0), compacted }
  }

  /** Compresses versions still stored plain, writing down their stage on the way. */
  private async compactOldVersions(): Promise<number> {
    const old = await this.store.retention.versionsToCompact(compactPerPass)
    for (const { boardId, id } of old) {
      await this.store.retention.compactVersion(boardId, id, await storedStage(this.store, boardId, id))
    }
    return old.length
  }
}
