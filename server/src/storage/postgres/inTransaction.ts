import type pg from 'pg'

/**
 * Runs `work` on one client of the pool inside BEGIN … COMMIT, and rolls back
 * when it throws (the error goes on to the caller). The client goes back to
 * the pool either way.
 */
export async function inTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const result = await work(client)
    await client.query('COMMIT')
    return result
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}
