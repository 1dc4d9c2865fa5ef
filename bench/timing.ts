/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

/** Rejects with a message naming `what` when `promise` has not settled within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Timed out after ${ms} ms waiting for ${what}`)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/** Calls `tick(k)` for k = 0…count-1 at `start + k * intervalMs`, without drift. */
export async function runAtRate(intervalMs: number, count: number, tick: (k: number) => void): Promise<void> {
  const start = performance.now()
  for (let k = 0; k < count; k++) {
    const wait = start + k * intervalMs - performance.now()
    if (wait > 0) await sleep(wait)
    tick(k)
  }
}
