import type pg from 'pg'
import { orphanQueries, type OrphanCount, type StorageCheckStore } from '../StorageCheckStore.ts'

/** `pnpm wesee check`'s questions, answered by PostgreSQL. */
export class PostgresStorageCheck implements StorageCheckStore {
  constructor(private readonly pool: pg.Pool) {}

  /** PostgreSQL checks its own pages as it reads them; there is no cheap whole-database check to run. */
  async damage(): Promise<null> {
    return null
  }

  async orphans(): Promise<OrphanCount[]> {
    const counts: OrphanCount[] = []
    for (const { what, sql } of orphanQueries) {
      const { rows } = await this.pool.query<{ n: string }>(sql)
      const count = Number(rows[0]?.n ?? 0)
      if (count > 0) counts.push({ what, count })
    }
    return counts
  }

  async keySecretFingerprint(): Promise<string | null> {
    const { rows } = await this.pool.query<{ fingerprint: string }>(
      'SELECT fingerprint FROM board_key_fingerprint',
    )
    return rows[0]?.fingerprint ?? null
  }

  async storedBytes(): Promise<number> {
    const { rows } = await this.pool.query<{ n: string }>('SELECT pg_database_size(current_database()) AS n')
    return Number(rows[0]?.n ?? 0)
  }
}
