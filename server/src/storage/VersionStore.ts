/**
 * A restore point of a board: the content and control docs as compact Yjs
 * state updates (a fresh doc holding only the current records and sections,
 * no edit history). See docs/revisit.md. The store may keep them compressed
 * (`versionBlobs.ts`); here they are always the plain updates.
 */
export interface VersionRow {
  id: string
  boardId: string
  createdAt: number
  /** A VersionTrigger from `shared`. */
  trigger: string
  name: string | null
  /** The stage the group was in (a StageId), for retention; null before any stage began. */
  stage: string | null
  content: Uint8Array
  control: Uint8Array
}

/** A version as listed: everything but its data, and how big the data is as stored. */
export type VersionListing = Omit<VersionRow, 'content' | 'control'> & { size: number }

/**
 * A board's saved versions (restore points). Async, as a database across
 * the network is; what has resolved is stored.
 */
export interface VersionStore {
  /** Saves a version of a board; resolves with how many bytes it takes as stored. */
  addVersion(version: VersionRow): Promise<number>
  /** A board's versions, newest first, without their data. */
  listVersions(boardId: string): Promise<VersionListing[]>
  /** A version with its data, and how many bytes it takes as stored (`size`). */
  getVersion(boardId: string, versionId: string): Promise<(VersionRow & { size: number }) | null>
  /** When the board's newest version was saved, or null when it has none. */
  latestVersionAt(boardId: string): Promise<number | null>
}
