/**
 * Milliseconds since the epoch, to a fraction of a millisecond, comparable
 * across the bench's worker threads: each thread's `performance.now()`
 * starts at its own `timeOrigin`, so only their sum is one clock.
 */
export function now(): number {
  return performance.timeOrigin + performance.now()
}
