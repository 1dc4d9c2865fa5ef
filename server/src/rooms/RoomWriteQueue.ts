/** An update applied to the room's doc, waiting to be stored and then relayed. */
export interface QueuedUpdate {
  update: Uint8Array
  /** Whom not to relay it to (the connection it came from), or null for everyone. */
  origin: unknown
}

interface ExclusiveTask {
  task: () => Promise<void>
  resolve: () => void
  reject: (error: unknown) => void
}

export interface RoomWriteQueueSteps {
  /** Stores one batch in one transaction; resolves once it is durable. */
  append(updates: readonly Uint8Array[]): Promise<void>
  /** Runs once a batch is durable, before the next is stored: relays it (and may compact). */
  stored(batch: readonly QueuedUpdate[]): void | Promise<void>
  /** Storing failed: the queue has stopped, and what was applied but not stored must reach no one. */
  failed(error: unknown): void
}

/**
 * Keeps "an update is stored before anyone sees it" when storing is async,
 * for one room: updates are applied at once, then stored and relayed in
 * arrival order, one batch at a time. Everything that arrives in the same
 * tick (or while the previous batch is being stored) is stored in one
 * transaction — a group commit — so a busy room costs one commit per batch,
 * not one per update.
 */
export class RoomWriteQueue {
  private pending: Array<QueuedUpdate | ExclusiveTask> = []
  private running: Promise<void> | null = null
  private waiting: Array<() => void> = []
  private stopped = false

  constructor(private readonly steps: RoomWriteQueueSteps) {}

  /** True when every update applied so far is stored (nothing queued, nothing being written). */
  get idle(): boolean {
    return this.running === null && this.pending.length === 0
  }

  push(update: Uint8Array, origin: unknown): void {
    if (this.stopped) return
    this.pending.push({ update, origin })
    this.start()
  }

  /**
   * Runs `use` once everything applied so far is stored: at once when the
   * queue is idle. For what shows the whole doc (a sync step 2), which must
   * not show anything not yet durable.
   */
  whenAllStored(use: () => void): void {
    if (this.stopped) return
    if (this.idle) use()
    else this.waiting.push(use)
  }

  /**
   * Runs `task` in turn, with nothing being stored meanwhile (compaction:
   * a snapshot must not race an append, or the append could be deleted).
   */
  exclusive(task: () => Promise<void>): Promise<void> {
    if (this.stopped) return Promise.resolve()
    return new Promise<void>((resolve, reject) => {
      this.pending.push({ task, resolve, reject })
      this.start()
    })
  }

  /** Resolves when the queue has stored and relayed all it holds (or has stopped). */
  async settled(): Promise<void> {
    while (this.running) await this.running
  }

  /** Stops for good: what is queued is dropped (never stored, never relayed). */
  stop(): void {
    this.stopped = true
    for (const item of this.pending) if ('task' in item) item.resolve()
    this.pending = []
    this.waiting = []
  }

  private start(): void {
    if (this.running) return
    this.running = this.drain().finally(() => {
      this.running = null
      // Something may have arrived between the last batch and here.
      if (this.pending.length > 0) this.start()
      else this.answerWaiting()
    })
  }

  private async drain(): Promise<void> {
    // Let every message read in this turn of the event loop join the batch.
    await new Promise<void>((resolve) => setImmediate(resolve))
    while (!this.stopped && this.pending.length > 0) {
      const first = this.pending[0]!
      if ('task' in first) {
        this.pending.shift()
        try {
          await first.task()
          first.resolve()
        } catch (error) {
          first.reject(error)
          this.fail(error)
          return
        }
        continue
      }
      const batch = this.takeBatch()
      try {
        await this.steps.append(batch.map((queued) => queued.update))
        // Dropped (the board was deleted) while it was being stored: no one hears of it.
        if (this.stopped) return
        await this.steps.stored(batch)
      } catch (error) {
        this.fail(error)
        return
      }
    }
  }

  /** The updates at the head of the queue, up to the next exclusive task. */
  private takeBatch(): QueuedUpdate[] {
    const end = this.pending.findIndex((item) => 'task' in item)
    const batch = this.pending.splice(0, end === -1 ? this.pending.length : end)
    return batch as QueuedUpdate[]
  }

  private fail(error: unknown): void {
    this.stop()
    this.steps.failed(error)
  }

  private answerWaiting(): void {
    if (this.stopped || this.waiting.length === 0) return
    const waiting = this.waiting
    this.waiting = []
    for (const use of waiting) use()
  }
}
