import type { ServerResponse } from 'node:http'

/**
 * Counts the HTTP requests being answered, so a stop can let them finish
 * (a command half-way through its writes) before the database closes.
 */
export class RequestsUnderWay {
  private count = 0
  private readonly waiting: Array<() => void> = []

  /** Counts `res` until it has been sent or its connection dropped. */
  track(res: ServerResponse): void {
    this.count++
    res.once('close', () => {
      this.count--
      if (this.count === 0) for (const resolve of this.waiting.splice(0)) resolve()
    })
  }

  /** Resolves once no request is under way. */
  allFinished(): Promise<void> {
    if (this.count === 0) return Promise.resolve()
    return new Promise((resolve) => this.waiting.push(resolve))
  }
}
