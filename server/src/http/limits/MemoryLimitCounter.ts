import type { LimitCounter } from './LimitCounter.ts'

/** Old windows are forgotten once there are more keys than this, so the map cannot grow without bound. */
const tidyAboveKeys = 10_000

/**
 * Fixed windows in this process's memory: for one server, where a restart
 * forgetting the counts is harmless.
 */
export class MemoryLimitCounter implements LimitCounter {
  private readonly windows = new Map<string, { endsAt: number; count: number }>()

  constructor(private readonly now: () => number = Date.now) {}

  hit(key: string, windowMs: number): Promise<number> {
    const time = this.now()
    if (this.windows.size > tidyAboveKeys) {
      for (const [oldKey, window] of this.windows) if (window.endsAt <= time) this.windows.delete(oldKey)
    }
    let window = this.windows.get(key)
    if (!window || window.endsAt <= time) {
      window = { endsAt: time + windowMs, count: 0 }
      this.windows.set(key, window)
    }
    window.count++
    return Promise.resolve(window.count)
  }
}
