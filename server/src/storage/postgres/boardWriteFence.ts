import type pg from 'pg'
import { inTransaction } from './inTransaction.ts'

/**
 * A write of a board was refused: this node does not hold the board's
 * lease (any more), so another node may own it. Nothing was written; the
 * client is told the board is moving and to try again.
 */
export class LeaseLostError extends Error {
  constructor(
    readonly boardId: string,
    /** The token that was refused; null when this node held no lease of the board at all. */
    readonly token: bigint | null,
  ) {
    super(
      token === null
        ? `this node holds no lease of board ${boardId}; nothing was written`
        : `the lease of board ${boardId} (token ${token}) is no longer ours; nothing was written`,
    )
    this.name = 'LeaseLostError'
  }
}

/**
 * On a node of a cluster: which lease a write of a board is made under
 * (LeaseKeeper). Null on one server, whose writes are never fenced.
 */
export interface BoardWriteFence {
  /** The token of the lease this node holds on the board now; throws LeaseLostError when it holds none. */
  tokenFor(boardId: string): bigint
}

/**
 * The live-lease check, as a condition inside a write. FOR SHARE makes a
 * node taking the lease over wait until this write has committed (and a
 * write wait for a takeover to commit, then find the token changed), so
 * what the new owner loads holds every write the old owner's clients saw.
 * The one source of this condition: the doc logs (FencedDocLog) and the
 * board's other writes (writeUnderLease) both use it.
 */
export function holdsLease(boardParam: string, tokenParam: string): string {
  return `EXISTS (
    SELECT 1 FROM board_leases
    WHERE board_id = ${boardParam} AND token = ${tokenParam} AND expires_at > now()
    FOR SHARE)`
}

/**
 * Runs one write of a board. Without a fence, straight on the pool. With
 * one, in a transaction that first checks this node's lease is still the
 * board's live one and holds it until COMMIT, so a node that was paused
 * past its lease and woke up writes nothing (LeaseLostError).
 */
export async function writeUnderLease<T>(
  pool: pg.Pool,
  fence: BoardWriteFence | null,
  boardId: string,
  write: (db: pg.Pool | pg.PoolClient) => Promise<T>,
): Promise<T> {
  if (!fence) return write(pool)
  const token = fence.tokenFor(boardId)
  return inTransaction(pool, async (client) => {
    const held = await client.query(`SELECT 1 WHERE ${holdsLease('$1', '$2')}`, [boardId, token.toString()])
    if (held.rowCount !== 1) throw new LeaseLostError(boardId, token)
    return write(client)
  })
}
