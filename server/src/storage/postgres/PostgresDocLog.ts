import type pg from 'pg'
import type { DocLog } from '../DocLog.ts'
import { inTransaction } from './inTransaction.ts'

/**
 * The doc update logs in PostgreSQL. An append is one statement (one
 * transaction) that has committed when the promise resolves, so a room
 * relays a batch only after it is durable.
 */
export class PostgresDocLog implements DocLog {
  constructor(private readonly pool: pg.Pool) {}

  async loadUpdates(doc: string): Promise<Uint8Array[]> {
    const { rows } = await this.pool.query<{ data: Buffer }>(
      'SELECT data FROM doc_updates WHERE doc = $1 ORDER BY seq',
      [doc],
    )
    return rows.map((row) => new Uint8Array(row.data))
  }

  async appendMany(doc: string, updates: readonly Uint8Array[]): Promise<void> {
    if (updates.length === 0) return
    // One statement: the whole batch or nothing, numbered in the order given.
    await this.pool.query(
      `INSERT INTO doc_updates (doc, data)
       SELECT $1, batch.data FROM unnest($2::bytea[]) WITH ORDINALITY AS batch (data, n) ORDER BY batch.n`,
      [doc, updates.map((update) => Buffer.from(update.buffer, update.byteOffset, update.byteLength))],
    )
  }

  async replaceUpdates(doc: string, snapshot: Uint8Array): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query('DELETE FROM doc_updates WHERE doc = $1', [doc])
      await client.query('INSERT INTO doc_updates (doc, data) VALUES ($1, $2)', [doc, Buffer.from(snapshot)])
    })
  }

  async countUpdates(doc: string): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>(
      'SELECT COUNT(*) AS n FROM doc_updates WHERE doc = $1',
      [doc],
    )
    return Number(rows[0]?.n ?? 0)
  }
}
