import type pg from 'pg'

/** A node of a cluster: who it is and where the other nodes reach it. */
export interface NodeIdentity {
  /** Unique per process (a restarted node is a new node), so a lease is never taken over by a namesake. */
  nodeId: string
  /** Base URL other nodes send this board's requests to, e.g. `http://10.0.0.5:3000`. */
  address: string
}

/** A lease this node holds: the right to write one board's docs while the token is the board's current one. */
export interface BoardLease {
  boardId: string
  /** Larger than every token granted before it, for any board; every write of the board's docs is checked against it. */
  token: bigint
}

/** Who owns a board now (a live lease). */
export interface BoardOwner {
  nodeId: string
  address: string
  token: bigint
}

export type LeaseClaim = { held: BoardLease } | { ownedBy: BoardOwner }

interface OwnerRow {
  node_id: string
  node_address: string
  token: string
}

/**
 * Board leases in PostgreSQL (`board_leases`): at most one live lease per
 * board, granted with a fencing token from one sequence and an expiry the
 * database's clock decides. A node keeps its leases by renewing them well
 * before they expire (LeaseKeeper); once one has expired any node may take
 * it, with a larger token, and from then on the old token writes nothing
 * (FencedDocLog checks it in the same statement as the write).
 */
export class BoardLeases {
  constructor(
    private readonly pool: pg.Pool,
    private readonly node: NodeIdentity,
    /** How long a lease lasts without a renewal. */
    readonly leaseMs: number,
  ) {}

  get nodeId(): string {
    return this.node.nodeId
  }

  /**
   * Takes the board's lease when nobody holds a live one; otherwise says
   * who does. One statement, so two nodes claiming at once cannot both win.
   */
  async claim(boardId: string): Promise<LeaseClaim> {
    const { rows } = await this.pool.query<{ token: string }>(
      `INSERT INTO board_leases (board_id, node_id, node_address, token, expires_at)
       VALUES ($1, $2, $3, nextval('board_lease_tokens'), now() + $4 * interval '1 millisecond')
       ON CONFLICT (board_id) DO UPDATE
         SET node_id = EXCLUDED.node_id, node_address = EXCLUDED.node_address,
             token = EXCLUDED.token, expires_at = EXCLUDED.expires_at
         WHERE board_leases.expires_at <= now()
       RETURNING token`,
      [boardId, this.node.nodeId, this.node.address, this.leaseMs],
    )
    const granted = rows[0]
    if (granted) return { held: { boardId, token: BigInt(granted.token) } }
    const owner = await this.ownerOf(boardId)
    // It expired between the two statements: try once more rather than report nobody.
    if (!owner) return this.claim(boardId)
    return { ownedBy: owner }
  }

  /** The board's live owner, or null when no live lease exists. */
  async ownerOf(boardId: string): Promise<BoardOwner | null> {
    const { rows } = await this.pool.query<OwnerRow>(
      `SELECT node_id, node_address, token FROM board_leases WHERE board_id = $1 AND expires_at > now()`,
      [boardId],
    )
    const row = rows[0]
    return row ? { nodeId: row.node_id, address: row.node_address, token: BigInt(row.token) } : null
  }

  /**
   * Extends these leases (one statement for all). Returns the boards whose
   * lease was still this token's and live; a lease missing from the answer
   * is lost for good (expired, or taken by a newer token).
   */
  async renew(leases: readonly BoardLease[]): Promise<Set<string>> {
    if (leases.length === 0) return new Set()
    const { rows } = await this.pool.query<{ board_id: string }>(
      `UPDATE board_leases AS lease SET expires_at = now() + $3 * interval '1 millisecond'
       FROM unnest($1::text[], $2::bigint[]) AS mine (board_id, token)
       WHERE lease.board_id = mine.board_id AND lease.token = mine.token AND lease.expires_at > now()
       RETURNING lease.board_id`,
      [leases.map((lease) => lease.boardId), leases.map((lease) => lease.token.toString()), this.leaseMs],
    )
    return new Set(rows.map((row) => row.board_id))
  }

  /** Gives a lease up (after the board's last write), so another node may take the board at once. */
  async release(lease: BoardLease): Promise<void> {
    await this.pool.query('DELETE FROM board_leases WHERE board_id = $1 AND token = $2', [
      lease.boardId,
      lease.token.toString(),
    ])
  }
}
