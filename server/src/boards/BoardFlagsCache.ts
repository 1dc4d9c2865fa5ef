import type { BoardRecords } from '../storage/BoardRecords.ts'
import type { BoardFlags } from '../storage/BoardStore.ts'

/**
 * The switches of each board this server has docs of (joining open, editing
 * paused, drawing tools), kept in memory because they are checked on every
 * message and the store may be across the network. Read afresh whenever a
 * doc of the board loads (with several nodes another node may have changed
 * them while it owned the board) and changed only through `set`, which
 * writes the store first.
 */
export class BoardFlagsCache {
  private readonly flags = new Map<string, BoardFlags>()

  constructor(private readonly boards: BoardRecords) {}

  /** Reads a board's flags from the store into the cache; null for a board that does not exist. */
  async refresh(boardId: string): Promise<BoardFlags | null> {
    const stored = await this.boards.getBoardFlags(boardId)
    if (stored) this.flags.set(boardId, stored)
    else this.flags.delete(boardId)
    return stored
  }

  /** The flags as last read or set; undefined for a board none of whose docs has loaded here. */
  current(boardId: string): BoardFlags | undefined {
    return this.flags.get(boardId)
  }

  /** Stores the change, then shows it here: a change the store refused is never acted on. */
  async set(boardId: string, changes: Partial<BoardFlags>): Promise<void> {
    await this.boards.setBoardFlags(boardId, changes)
    const known = this.flags.get(boardId) ?? (await this.boards.getBoardFlags(boardId))
    if (known) this.flags.set(boardId, { ...known, ...changes })
  }

  /** The board was deleted (or moved to another node): forget its flags. */
  forget(boardId: string): void {
    this.flags.delete(boardId)
  }
}
