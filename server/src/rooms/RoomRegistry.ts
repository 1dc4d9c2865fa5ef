import { defaultLimits, parseDocName, type DocName, type Limits } from '@wesee/shared'
import { BoardFlagsCache } from '../boards/BoardFlagsCache.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import type { DocLog } from '../storage/DocLog.ts'
import { migrateContentDoc } from './contentDoc.ts'
import type { ContentRules } from './gate/ContentRule.ts'
import { contentRules } from './gate/contentRules.ts'
import { drawingToolsRule } from './gate/drawingToolsRule.ts'
import { SyncGate } from './gate/SyncGate.ts'
import { Room } from './Room.ts'
import { logger } from '../logging/logger.ts'

export interface RoomRegistryOptions {
  idleUnloadMs: number
  compactAfterUpdates: number
  /** Limits the sync gate enforces on clients' updates (defaults from `shared`). */
  limits?: Partial<Pick<Limits, 'maxDocBytes' | 'maxRecordsPerUpdate'>>
  /** The gate's rules per doc kind (defaults: `gate/contentRules.ts`). */
  rules?: ContentRules
  /** Largest presence state one connection may publish (see RoomPresence). */
  maxPresenceBytes?: number
  /**
   * Where a board's docs are stored, when not in the store itself: on a
   * node of a cluster, a log fenced by the board's lease (cluster/LeaseKeeper).
   */
  docLogFor?: (boardId: string) => Promise<DocLog>
}

/**
 * Keeps one in-memory Room per open doc. However many clients arrive at the
 * same moment, a doc is loaded once: they all wait on the same promise. A
 * room with no connections is unloaded (and compacted) after a quiet spell.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>()
  private readonly loading = new Map<string, Promise<Room>>()
  private readonly idleTimers = new Map<string, NodeJS.Timeout>()
  /** Rooms storing their last updates and snapshot: the doc is loaded again only after. */
  private readonly unloading = new Map<string, Promise<void>>()
  /** How many times a doc was loaded from storage (for tests and metrics). */
  loadCount = 0
  private readonly loadListeners: Array<(room: Room, doc: DocName) => void | Promise<void>> = []
  /** Set when a stop begins: rooms stay in memory until closeAll, so a closing socket's last updates find theirs. */
  private holding = false
  /** Set by closeAll: nothing may load a doc any more. */
  private closed = false

  /** The switches of the boards whose docs are here, read on every message. */
  readonly boardFlags: BoardFlagsCache

  constructor(
    private readonly store: BoardStore,
    private readonly options: RoomRegistryOptions,
  ) {
    this.boardFlags = new BoardFlagsCache(store.boards)
  }

  /** The loaded room of a doc, loading it first when needed. */
  open(docName: string): Promise<Room> {
    if (this.closed) return Promise.reject(new Error(`the server is stopping; ${docName} cannot be opened`))
    const loaded = this.rooms.get(docName)
    if (loaded) {
      this.scheduleIdleCheck(docName)
      return Promise.resolve(loaded)
    }
    const pending = this.loading.get(docName)
    if (pending) return pending
    const load = this.load(docName).finally(() => this.loading.delete(docName))
    this.loading.set(docName, load)
    return load
  }

  /**
   * Runs `listener` for every doc loaded from now on, so a feature can watch
   * a kind of doc (e.g. count the notes in private docs) however it was opened.
   */
  onRoomLoaded(listener: (room: Room, doc: DocName) => void | Promise<void>): void {
    this.loadListeners.push(listener)
  }

  /** The room of a doc if it is in memory now. */
  get(docName: string): Room | undefined {
    return this.rooms.get(docName)
  }

  /** Every room in memory. */
  loadedRooms(): Room[] {
    return [...this.rooms.values()]
  }

  /**
   * Whether a doc of the board is in memory, or still storing its last
   * snapshot as it unloads: until that is stored, a node of a cluster must
   * keep the board's lease, or the snapshot is refused.
   */
  holdsBoard(boardId: string): boolean {
    for (const room of this.rooms.values()) if (room.boardId === boardId) return true
    for (const docName of this.unloading.keys()) if (parseDocName(docName)?.boardId === boardId) return true
    return false
  }

  private async load(docName: string): Promise<Room> {
    const parsed = parseDocName(docName)
    if (!parsed) throw new Error(`not a doc name: ${docName}`)
    // Yield once so that every caller arriving in the same tick shares this load.
    await Promise.resolve()
    // A room still writing its snapshot must finish first, or the new room would load an old log.
    await this.unloading.get(docName)
    const log = this.options.docLogFor ? await this.options.docLogFor(parsed.boardId) : this.store.docLog
    // Fresh at every load: the rules below and every message's checks read them from memory.
    await this.boardFlags.refresh(parsed.boardId)
    const room = await Room.load(
      docName,
      parsed.boardId,
      log,
      this.options.compactAfterUpdates,
      this.options.maxPresenceBytes,
    )
    if (parsed.kind === 'content') migrateContentDoc(room.doc)
    if (parsed.kind === 'content' || parsed.kind === 'private') {
      const gate = new SyncGate(room.doc, {
        name: docName,
        kind: parsed.kind,
        rules: this.rulesFor(parsed),
        maxDocBytes: this.options.limits?.maxDocBytes ?? defaultLimits.maxDocBytes,
        maxRecordsPerUpdate: this.options.limits?.maxRecordsPerUpdate ?? defaultLimits.maxRecordsPerUpdate,
        loadedBytes: room.loadedBytes,
      })
      // A doc stored before the gate existed may hold junk; no reader should ever meet it.
      gate.sanitise()
      room.gate = gate
    }
    // Watchers run before anyone is handed the room (e.g. the board's languages
    // are copied into its control doc from the settings store first).
    for (const listener of this.loadListeners) {
      try {
        await listener(room, parsed)
      } catch (error) {
        logger.error({ err: error, doc: docName }, 'a watcher of a doc failed')
      }
    }
    this.loadCount++
    this.rooms.set(docName, room)
    room.onBroken = () => this.forget(docName, room)
    this.scheduleIdleCheck(docName)
    return room
  }

  /** The gate's rules for a doc: its kind's, and for a board the ones that read the board's settings. */
  private rulesFor(doc: DocName & { kind: 'content' | 'private' }) {
    const rules = (this.options.rules ?? contentRules)[doc.kind]
    if (doc.kind !== 'content') return rules
    // First: a refused drawing must not be let through by a rule that only re-stamps it.
    return [drawingToolsRule(() => this.boardFlags.current(doc.boardId)?.drawing ?? true), ...rules]
  }

  /** Call when a connection leaves: an empty room is unloaded after the idle time. */
  scheduleIdleCheck(docName: string): void {
    if (this.holding || this.closed) return
    clearTimeout(this.idleTimers.get(docName))
    const timer = setTimeout(() => {
      this.idleTimers.delete(docName)
      const room = this.rooms.get(docName)
      if (room && room.connectionCount === 0) void this.unload(docName)
    }, this.options.idleUnloadMs)
    timer.unref()
    this.idleTimers.set(docName, timer)
  }

  private unload(docName: string): Promise<void> {
    const room = this.rooms.get(docName)
    if (!room) return Promise.resolve()
    this.rooms.delete(docName)
    const done = room
      .destroy()
      .catch((error: unknown) => logger.error({ err: error, doc: docName }, 'could not unload a doc'))
      .finally(() => {
        if (this.unloading.get(docName) === done) this.unloading.delete(docName)
      })
    this.unloading.set(docName, done)
    return done
  }

  /** A room whose storing failed closed itself: the next open loads the doc afresh. */
  private forget(docName: string, room: Room): void {
    if (this.rooms.get(docName) !== room) return
    clearTimeout(this.idleTimers.get(docName))
    this.idleTimers.delete(docName)
    this.rooms.delete(docName)
  }

  /**
   * Drops every room of a board without writing (the board is being
   * deleted). Resolves once no write of theirs is still under way, so the
   * board's rows can then be deleted for good.
   */
  async discardBoard(boardId: string): Promise<void> {
    const discarding: Array<Promise<void>> = []
    for (const [docName, room] of [...this.rooms]) {
      if (room.boardId !== boardId) continue
      clearTimeout(this.idleTimers.get(docName))
      this.idleTimers.delete(docName)
      this.rooms.delete(docName)
      discarding.push(room.discard())
    }
    await Promise.all(discarding)
  }

  /**
   * The start of a stop: no room is unloaded for being idle any more (a
   * socket that is closing may still deliver updates), and the returned
   * promise settles once every load under way has finished.
   */
  async holdForShutdown(): Promise<void> {
    this.holding = true
    for (const timer of this.idleTimers.values()) clearTimeout(timer)
    this.idleTimers.clear()
    await this.loadsSettled()
  }

  /** Resolves when no doc is being loaded (loads that start meanwhile are waited for too). */
  async loadsSettled(): Promise<void> {
    while (this.loading.size > 0) await Promise.allSettled([...this.loading.values()])
  }

  /** Resolves when every update applied so far, in every room, is stored and relayed. */
  async settled(): Promise<void> {
    await Promise.all([...this.rooms.values()].map((room) => room.settled()))
  }

  /** How many rooms still have updates being stored (or a snapshot being written). */
  unsettledRooms(): number {
    let count = this.unloading.size
    for (const room of this.rooms.values()) if (!room.isSettled) count++
    return count
  }

  /** Stores, compacts and unloads every room (on shutdown); no doc can be opened afterwards. */
  async closeAll(): Promise<void> {
    this.closed = true
    for (const timer of this.idleTimers.values()) clearTimeout(timer)
    this.idleTimers.clear()
    await Promise.all([...this.rooms.keys()].map((name) => this.unload(name)))
    await Promise.all([...this.unloading.values()])
  }
}
