import type pg from 'pg'
import type { LimitCounter } from '../../http/limits/LimitCounter.ts'
import { logger } from '../../logging/logger.ts'

/** How often (in hits) ended windows are deleted, so the table stays small without a timer. */
const tidyEveryHits = 500

/**
 * Fixed windows in the cluster's PostgreSQL (`rate_windows`), shared by
 * every node. One upsert per hit, on the database's clock, so the nodes'
 * clocks never have to agree and two nodes counting the same visitor at
 * once cannot both see a count under the limit.
 */
export class PostgresLimitCounter implements LimitCounter {
  private hitsSinceTidy = 0

  constructor(private readonly pool: pg.Pool) {}

  async hit(key: string, windowMs: number): Promise<number> {
    const { rows } = await this.pool.query<{ count: number }>(
      `INSERT INTO rate_windows (key, ends_at, count)
         VALUES ($1, now() + make_interval(secs => $2::double precision / 1000), 1)
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN rate_windows.ends_at <= now() THEN 1 ELSE rate_windows.count + 1 END,
         ends_at = CASE WHEN rate_windows.ends_at <= now() THEN EXCLUDED.ends_at ELSE rate_windows.ends_at END
       RETURNING count`,
      [key, windowMs],
    )
    this.tidySometimes()
    return rows[0]!.count
  }

  /** Deletes the windows that have ended: in the background, as nothing waits on it. */
  private tidySometimes(): void {
    if (++this.hitsSinceTidy < tidyEveryHits) return
    this.hitsSinceTidy = 0
    this.pool
      .query('DELETE FROM rate_windows WHERE ends_at <= now()')
      .catch((error: unknown) => logger.warn({ err: error }, 'could not delete ended rate-limit windows'))
  }
}
