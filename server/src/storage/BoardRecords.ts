import type { BoardFlags, BoardRow } from './BoardStore.ts'
import type { VersionRow } from './VersionStore.ts'

/** A doc's first update, stored with the board that owns it. */
export interface InitialDoc {
  doc: string
  update: Uint8Array
}

/**
 * The boards themselves: their rows, keys and switches. Async, as a database
 * across the network is; what has resolved is stored. A board's row and its
 * docs' first updates are written in one transaction, so the doc log lives in
 * the same database.
 */
export interface BoardRecords {
  /** Creates the board row and its docs' first updates in one transaction. */
  createBoard(board: BoardRow, initialDocs: readonly InitialDoc[]): Promise<void>
  /**
   * Creates a board from a backup or a copy: its row, its docs' first
   * updates and its versions, in one transaction (all or nothing).
   */
  createBoardWithVersions(
    board: BoardRow,
    initialDocs: readonly InitialDoc[],
    versions: readonly VersionRow[],
  ): Promise<void>
  getBoard(id: string): Promise<BoardRow | null>
  getBoardByJoinCode(code: string): Promise<BoardRow | null>
  isJoinCodeTaken(code: string): Promise<boolean>
  /** Gives a board a new key for a role (the old link stops working). `key` is plain; the store hashes or seals it. */
  replaceBoardKey(id: string, role: 'facilitator' | 'participant' | 'viewer', key: string): Promise<void>
  /**
   * The flags alone, read on every message: unlike `getBoard`, nothing is
   * unsealed. Null for a board that does not exist. Callers on a hot path
   * keep them in a cache that `setBoardFlags` refreshes.
   */
  getBoardFlags(id: string): Promise<BoardFlags | null>
  /** Sets the flags the server checks on every message (mirrored in the control doc). */
  setBoardFlags(id: string, flags: Partial<BoardFlags>): Promise<void>
  /** Renames a board or puts it away (archived) and back. */
  updateBoard(id: string, changes: Partial<Pick<BoardRow, 'title' | 'archived'>>): Promise<void>
  /**
   * Deletes a board and everything stored with it (docs, people, presence,
   * versions, ballots, settings, which images it used) in one transaction.
   * The image bytes are the UploadStore's to remove afterwards.
   */
  deleteBoard(id: string): Promise<void>
  /** The latest time anything was recorded for a board (made, joined, left, saved). */
  lastActivityAt(id: string): Promise<number>
}
