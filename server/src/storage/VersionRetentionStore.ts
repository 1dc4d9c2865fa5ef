/**
 * What the tidy-up of versions needs from storage (server/src/versions/retention).
 */
export interface VersionRetentionStore {
  /** Every board's id. */
  boardIds(): Promise<string[]>
  /** Removes these versions of a board in one transaction; returns how many went. */
  deleteVersions(boardId: string, versionIds: readonly string[]): Promise<number>
  /** Up to `limit` versions still stored as they were before compression, oldest first. */
  versionsToCompact(limit: number): Promise<Array<{ boardId: string; id: string }>>
  /**
   * Stores a version again in the current, compressed encoding, with the
   * stage the caller read from its control snapshot (older rows have none).
   */
  compactVersion(boardId: string, versionId: string, stage: string | null): Promise<void>
}
