/**
 * Runs work one at a time per key (a board id; for uploads, an image's
 * hash), in arrival order. A command reads the control doc and the store,
 * then writes; now that the store is async, a second command could
 * otherwise read between the first one's check and its write (two votes
 * both passing a person's budget). Different keys never wait for each
 * other. Each board has one owning process at a time, so a turn kept in
 * memory is enough.
 */
export class BoardTurns {
  private readonly tails = new Map<string, Promise<unknown>>()

  run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve()
    // A failed turn must not stop the ones after it: wait for it to settle, not to succeed.
    const turn = previous.then(work, work)
    const tail = turn.catch(() => {})
    this.tails.set(key, tail)
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key)
    })
    return turn
  }
}
