/**
 * The stored update log of each Yjs doc: all a room needs from storage.
 * Every method is async, because a database across the network (PostgreSQL)
 * is; what has resolved is durable.
 */
export interface DocLog {
  /** Every stored update of a doc, oldest first. */
  loadUpdates(doc: string): Promise<Uint8Array[]>
  /**
   * Appends updates to a doc's log in one transaction (a room's group
   * commit: all that arrived in the same tick), in order; all are durable
   * when this resolves, or none was stored.
   */
  appendMany(doc: string, updates: readonly Uint8Array[]): Promise<void>
  /** Replaces every stored update of a doc with one snapshot, atomically. */
  replaceUpdates(doc: string, snapshot: Uint8Array): Promise<void>
  /** How many updates a doc's log holds (compaction keeps it short). */
  countUpdates(doc: string): Promise<number>
}
