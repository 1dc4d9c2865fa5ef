import type { BoardStore } from '../storage/BoardStore.ts'
import { logger } from '../logging/logger.ts'

/**
 * Writes down every so often that the people connected now are still here.
 * Arrivals and leaves are events; a crash or `kill -9` writes no leave, and
 * without this the visit would end where it began and the person would lose
 * the time they were paid for. With it, the start-up repair
 * (`PeopleStore.closeUnfinishedVisits`) ends the visit at the last heartbeat,
 * so a crash loses at most one interval.
 */
export class PresenceHeartbeat {
  private timer: NodeJS.Timeout | null = null

  constructor(
    private readonly store: BoardStore,
    private readonly presentPeople: () => Array<{ boardId: string; participantId: string }>,
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  start(): void {
    this.timer ??= setInterval(() => void this.beat(), this.intervalMs)
    // Never keeps the process alive on its own.
    this.timer.unref()
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }

  /** One heartbeat; a failure is logged and the next one tries again, never thrown out of the timer. */
  async beat(): Promise<void> {
    const people = this.presentPeople()
    if (people.length === 0) return
    try {
      await this.store.people.recordLastSeen(people, this.now())
    } catch (error) {
      logger.warn({ err: error }, 'could not write the presence heartbeat')
    }
  }
}
