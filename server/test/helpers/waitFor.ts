/**
 * Polls `predicate` until it returns true, or fails with `message` after
 * `timeoutMs`. For state that changes without an event to await (a room
 * unloading, a remote record arriving in a doc).
 */
export async function waitFor(
  predicate: () => boolean,
  message = 'condition',
  { timeoutMs = 5_000, intervalMs = 10 } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${message}`)
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}
