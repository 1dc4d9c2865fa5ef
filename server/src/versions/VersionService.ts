import type * as Y from 'yjs'
import {
  ErrorReason,
  formatDocName,
  parseDocName,
  readControlSection,
  VersionTrigger,
  type RestoredVersion,
  type VersionRestoredState,
  type VersionInfo,
  type VersionPreview,
} from '@wesee/shared'
import { DomainError } from '../errors/DomainError.ts'
import { ControlState } from '../facilitation/controlState.ts'
import type { Room } from '../rooms/Room.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import { replaceRecords } from './replaceRecords.ts'
import { saveVersion, versionInfo, type VersionDeps } from './saveVersion.ts'
import { readContentVersion, readControlVersion } from './versionSnapshot.ts'
import { planRetention } from './retention/planRetention.ts'
import { defaultRetentionPolicy, type RetentionPolicy } from './retention/RetentionPolicy.ts'
import { retentionCandidates } from './retention/retentionCandidates.ts'
import { VersionRetention } from './retention/VersionRetention.ts'
import { logger } from '../logging/logger.ts'

export interface VersionServiceOptions {
  /** An automatic version after this long of changes (an hour). */
  activityMs?: number
  /** How often to look for boards that have been changing that long. */
  checkEveryMs?: number
  /** Which automatic versions are kept as they age. */
  retention?: RetentionPolicy
}

/**
 * Versions of boards: saving, listing, previewing and restoring, and the
 * hourly restore point while a board is being changed.
 */
export class VersionService {
  private readonly activityMs: number
  private readonly checkEveryMs: number
  /** Boards changed since their last version: when the changes began and when the last one was. */
  private readonly activity = new Map<string, { first: number; last: number }>()
  private readonly watched = new WeakSet<Y.Doc>()
  private timer: NodeJS.Timeout | null = null
  /** Thins automatic versions as they age (run by the maintenance pass and `pnpm wesee prune`). */
  readonly retention: VersionRetention

  constructor(
    private readonly store: BoardStore,
    private readonly registry: RoomRegistry,
    private readonly now: () => number = Date.now,
    options: VersionServiceOptions = {},
  ) {
    this.activityMs = options.activityMs ?? 60 * 60 * 1000
    this.checkEveryMs = options.checkEveryMs ?? 60 * 1000
    this.retention = new VersionRetention(store, options.retention ?? defaultRetentionPolicy, now)
    registry.onRoomLoaded((room, doc) => {
      if (doc.kind === 'content') this.watch(room)
    })
  }

  /** What `saveVersion` needs, for callers outside a command. */
  get deps(): VersionDeps {
    return { store: this.store, openDoc: (name) => this.registry.open(name), now: this.now }
  }

  save(boardId: string, trigger: VersionTrigger, name: string | null = null): Promise<VersionInfo> {
    return saveVersion(this.deps, boardId, trigger, name)
  }

  /** A board's versions, newest first, each with why it is kept. */
  async list(boardId: string): Promise<VersionInfo[]> {
    const versions = await retentionCandidates(this.store, boardId)
    const kept = planRetention(versions, this.now(), this.retention.policy)
    return versions.map((version) => ({ ...versionInfo(version), kept: kept.get(version.id) ?? null }))
  }

  /** A version's records and control sections, to look at read-only. */
  async preview(boardId: string, versionId: string): Promise<VersionPreview> {
    const row = await this.findVersion(boardId, versionId)
    const { records } = readContentVersion(row.content)
    const control = readControlVersion(row.control)
    return {
      version: versionInfo(row),
      records,
      control: { ...control.state, participants: Object.values(control.participants) },
    }
  }

  /**
   * Makes the board look like a version again, for everyone connected. The
   * present is saved as a version first, so a restore never loses work. The
   * control doc's `stages` (which stages the frames belong to) goes back
   * too; the rest of the session (people, a vote in progress) stays as it is.
   */
  async restore(boardId: string, versionId: string): Promise<RestoredVersion> {
    const row = await this.findVersion(boardId, versionId)
    const { records, skipped } = readContentVersion(row.content)
    if (skipped.length > 0)
      logger.warn({ version: versionId, skipped: skipped.length }, 'a restore left out records')
    const control = readControlVersion(row.control)
    const content = await this.registry.open(formatDocName({ boardId, kind: 'content' }))
    const controlRoom = await this.registry.open(formatDocName({ boardId, kind: 'control' }))
    const saved = await this.save(boardId, VersionTrigger.BeforeRestore, row.name)
    // No await from here on: the swap is one step that no client edit can split.
    replaceRecords(content.doc, records)
    const restored: VersionRestoredState = {
      versionId: row.id,
      name: row.name,
      trigger: row.trigger,
      savedAt: row.createdAt,
      at: this.now(),
    }
    const controlState = new ControlState(controlRoom.doc)
    controlState.transact(() => {
      if (control.state.stages !== undefined) {
        controlState.set('stages', readControlSection(control.state.stages, 'stages'))
      }
      controlState.set('versionRestored', restored)
    })
    this.activity.delete(boardId)
    return {
      restored: versionInfo(row),
      saved,
    }
  }

  /**
   * Saves an hourly version of every board that has been changing for an
   * hour since its last version. Runs every minute; tests call it with a
   * time of their choosing.
   */
  async checkActivity(at: number = this.now()): Promise<VersionInfo[]> {
    this.watchLoadedBoards()
    const saved: VersionInfo[] = []
    for (const [boardId, activity] of [...this.activity]) {
      if (!(await this.store.boards.getBoard(boardId))) {
        this.activity.delete(boardId)
        continue
      }
      const latest = (await this.store.versions.latestVersionAt(boardId)) ?? 0
      if (latest >= activity.last) {
        this.activity.delete(boardId)
        continue
      }
      const since = Math.max(activity.first, latest)
      if (at - since < this.activityMs) continue
      this.activity.delete(boardId)
      saved.push(await this.save(boardId, VersionTrigger.Hourly))
    }
    return saved
  }

  /** Starts the minute-by-minute check for hourly versions. */
  start(): void {
    if (this.timer) return
    this.timer = setInterval(() => {
      this.checkActivity().catch((error: unknown) => logger.warn({ err: error }, 'hourly version failed'))
    }, this.checkEveryMs)
    this.timer.unref()
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }

  /** Watches every content doc already loaded (rooms loaded later are watched as they load). */
  private watchLoadedBoards(): void {
    for (const room of this.registry.loadedRooms()) {
      if (parseDocName(room.name)?.kind === 'content') this.watch(room)
    }
  }

  /** Notes when a board's content changes, from now on. */
  private watch(room: Room): void {
    if (this.watched.has(room.doc)) return
    this.watched.add(room.doc)
    const boardId = room.boardId
    room.doc.on('update', () => {
      const at = this.now()
      const activity = this.activity.get(boardId)
      if (activity) activity.last = at
      else this.activity.set(boardId, { first: at, last: at })
    })
  }

  private async findVersion(boardId: string, versionId: string) {
    const row = await this.store.versions.getVersion(boardId, versionId)
    if (!row) throw DomainError.because(ErrorReason.VersionNotFound)
    return row
  }
}
