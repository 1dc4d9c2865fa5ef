import type pg from 'pg'
import type { DocLog } from '../storage/DocLog.ts'
import { inTransaction } from '../storage/postgres/inTransaction.ts'
import { holdsLease, LeaseLostError } from '../storage/postgres/boardWriteFence.ts'
import type { BoardLease } from './BoardLeases.ts'

const bytea = (update: Uint8Array) => Buffer.from(update.buffer, update.byteOffset, update.byteLength)

/**
 * One board's doc logs in PostgreSQL, written only under one lease: every
 * append and snapshot checks, in its own transaction, that the lease is
 * still live and still this token's. A node that lost the lease (it paused,
 * its renewals failed, another node took the board) writes nothing; the
 * room sees the write fail, stores and shows nothing more, and asks its
 * clients to connect again, which brings them to the new owner.
 */
export class FencedDocLog implements DocLog {
  constructor(
    private readonly pool: pg.Pool,
    readonly lease: BoardLease,
  ) {}

  async loadUpdates(doc: string): Promise<Uint8Array[]> {
    const { rows } = await this.pool.query<{ data: Buffer }>(
      'SELECT data FROM doc_updates WHERE doc = $1 ORDER BY seq',
      [doc],
    )
    return rows.map((row) => new Uint8Array(row.data))
  }

  async appendMany(doc: string, updates: readonly Uint8Array[]): Promise<void> {
    if (updates.length === 0) return
    this.checkDoc(doc)
    const result = await this.pool.query(
      `INSERT INTO doc_updates (doc, data)
       SELECT $1, batch.data FROM unnest($2::bytea[]) WITH ORDINALITY AS batch (data, n)
       WHERE ${holdsLease('$3', '$4')}
       ORDER BY batch.n`,
      [doc, updates.map(bytea), this.lease.boardId, this.lease.token.toString()],
    )
    if (result.rowCount !== updates.length) throw new LeaseLostError(this.lease.boardId, this.lease.token)
  }

  async replaceUpdates(doc: string, snapshot: Uint8Array): Promise<void> {
    this.checkDoc(doc)
    await inTransaction(this.pool, async (client) => {
      // Held until COMMIT: nobody takes the lease while the old rows are swapped for the snapshot.
      const fence = await client.query(`SELECT 1 WHERE ${holdsLease('$1', '$2')}`, [
        this.lease.boardId,
        this.lease.token.toString(),
      ])
      if (fence.rowCount !== 1) throw new LeaseLostError(this.lease.boardId, this.lease.token)
      await client.query('DELETE FROM doc_updates WHERE doc = $1', [doc])
      await client.query('INSERT INTO doc_updates (doc, data) VALUES ($1, $2)', [doc, bytea(snapshot)])
    })
  }

  async countUpdates(doc: string): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>(
      'SELECT COUNT(*) AS n FROM doc_updates WHERE doc = $1',
      [doc],
    )
    return Number(rows[0]?.n ?? 0)
  }

  /** A lease covers one board's docs only. */
  private checkDoc(doc: string): void {
    if (!doc.startsWith(`${this.lease.boardId}/`))
      throw new Error(`${doc} is not a doc of board ${this.lease.boardId}; its lease cannot write it`)
  }
}
