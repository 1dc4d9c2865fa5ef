import type { BoardStore } from '../storage/BoardStore.ts'
import { logger } from '../logging/logger.ts'

/**
 * Moves the write-ahead log into the database now and then, so it stays
 * small on a server that runs for months between restarts (SQLite's own
 * automatic checkpoint only starts at 1,000 pages, and a stop truncates it).
 * PASSIVE: never waits for, or blocks, a reader or a writer.
 */
export class WalCheckpoints {
  private timer: NodeJS.Timeout | null = null
  /** Checkpoints done (for tests and metrics). */
  count = 0

  constructor(
    private readonly store: BoardStore,
    private readonly everyMs: number,
  ) {}

  /** Checkpoints every `everyMs` (never when it is 0). */
  start(): void {
    if (this.timer || this.everyMs <= 0) return
    this.timer = setInterval(() => {
      this.store.checkpoint('PASSIVE').then(
        () => this.count++,
        (error: unknown) => logger.warn({ err: error }, 'write-ahead log checkpoint failed'),
      )
    }, this.everyMs)
    this.timer.unref()
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }
}
