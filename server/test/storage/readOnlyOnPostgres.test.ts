import pg from 'pg'
import { expect, test } from 'vitest'
import { openStorage } from '../../src/storage/openStorage.ts'
import { migratePostgres } from '../../src/storage/postgres/postgresMigrations.ts'
import { describeWithPostgresCluster } from '../helpers/postgresCluster.ts'
import { tempDataDir } from '../helpers/testServer.ts'

describeWithPostgresCluster('A PostgreSQL store opened read only', (cluster) => {
  test('refuses every write, even when DATABASE_URL carries connection options of its own', async () => {
    const url = await cluster().newDatabase()
    const pool = new pg.Pool({ connectionString: url })
    await migratePostgres(pool)
    await pool.end()
    // A self-hoster's address may set its own options (a search path, a time limit): pg lets those
    // replace any options given beside the address, so read only must not be one of them.
    for (const address of [url, `${url}?options=${encodeURIComponent('-c statement_timeout=60000')}`]) {
      const { store } = await openStorage(
        { dataDir: tempDataDir(), databaseUrl: address },
        { access: 'read' },
      )
      try {
        // It still reads: the address with both sets of options is one pg understands.
        expect(await store.checks.orphans()).toEqual([])
        await expect(
          store.people.recordPresence({ boardId: 'b', participantId: 'p', kind: 'arrive', at: 1 }),
          address,
        ).rejects.toThrow(/read-only transaction/)
      } finally {
        await store.close()
      }
    }
  })
})
