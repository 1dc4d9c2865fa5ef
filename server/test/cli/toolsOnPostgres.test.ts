import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import pg from 'pg'
import { expect, test } from 'vitest'
import { describeWithPostgresCluster } from '../helpers/postgresCluster.ts'
import { startTestServer, tempDataDir } from '../helpers/testServer.ts'
import { saveOldSessions } from './oldSessions.ts'
import { runWesee } from './runWesee.ts'

/** Each test runs the CLI several times, each as its own process (a second or two under tsx). */
const cliTestMs = 90_000

/** A picture's hash no upload made: its row has no bytes. */
const bytelessHash = 'ab'.repeat(32)

async function sql<T extends pg.QueryResultRow>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(text)).rows
  } finally {
    await client.end()
  }
}

async function count(url: string, table: string): Promise<number> {
  const rows = await sql<{ n: string }>(url, `SELECT COUNT(*) AS n FROM ${table}`)
  return Number(rows[0]?.n)
}

describeWithPostgresCluster('pnpm wesee with DATABASE_URL', (cluster) => {
  test(
    'check reads PostgreSQL: a clean database passes, a planted orphan and a picture without bytes are found, nothing is changed',
    async () => {
      const url = await cluster().newDatabase()
      const server = await startTestServer({ databaseUrl: url })
      const board = await server.createBoard('Town hall')
      // The tools need no data folder of their own beside PostgreSQL.
      const env = { DATABASE_URL: url }
      const bare = tempDataDir()
      const clean = await runWesee(['check'], bare, env)
      expect(clean, clean.stderr).toMatchObject({ code: 0 })
      expect(clean.stdout).toContain('The database answers')
      expect(clean.stdout).toContain(`Town hall (${board.id}): board`)
      expect(clean.stdout).toMatch(/The database takes \d/)
      expect(clean.stdout).toContain('No problems found.')
      expect(clean.stdout).toContain('There is no board key secret here')
      // Read only: not even a key secret is made in the data folder.
      expect(fs.readdirSync(bare)).toEqual([])

      // Beside the server's own secret, check says it is the agreed one; beside another, that it is not.
      const same = await runWesee(['check'], server.dataDir, env)
      expect(same, same.stderr).toMatchObject({ code: 0 })
      expect(same.stdout).toContain('The board key secret here is the one the servers on this database use.')
      const otherDir = tempDataDir()
      const otherSecret = randomBytes(32).toString('hex')
      fs.writeFileSync(path.join(otherDir, 'board-keys.secret'), otherSecret)
      const other = await runWesee(['check'], otherDir, env)
      expect(other.code).toBe(1)
      expect(other.stderr).toContain(
        'The board key secret here is not the one the servers on this database use',
      )
      expect(other.stdout + other.stderr).not.toContain(otherSecret)
      const byVariable = await runWesee(['check'], tempDataDir(), {
        ...env,
        BOARD_KEY_SECRET: fs.readFileSync(path.join(server.dataDir, 'board-keys.secret'), 'utf8').trim(),
      })
      expect(byVariable, byVariable.stderr).toMatchObject({ code: 0 })
      expect(byVariable.stdout).toContain('is the one the servers on this database use')

      await sql(url, "INSERT INTO doc_updates (doc, data) VALUES ('no-such-board/board', '\\x00')")
      await sql(
        url,
        `INSERT INTO assets (hash, mime_type, size, width, height, created_at)
         VALUES ('${bytelessHash}', 'image/png', 10, 1, 1, 0)`,
      )
      const before = [await count(url, 'doc_updates'), await count(url, 'assets')]
      const found = await runWesee(['check'], tempDataDir(), env)
      expect(found.code).toBe(1)
      expect(found.stderr).toContain('1 stored board changes of a board that no longer exists')
      expect(found.stderr).toContain(`1 pictures the database knows are not stored: ${bytelessHash}`)
      expect([await count(url, 'doc_updates'), await count(url, 'assets')]).toEqual(before)
    },
    cliTestMs,
  )

  test(
    'prune --dry-run lists what the tidy-up would remove from PostgreSQL and removes nothing; prune removes it',
    async () => {
      const url = await cluster().newDatabase()
      const server = await startTestServer({ databaseUrl: url })
      const board = await server.createBoard('Old sessions')
      await saveOldSessions(server, board.id)
      // A picture no board uses any more.
      await sql(
        url,
        `INSERT INTO assets (hash, mime_type, size, width, height, created_at, data)
         VALUES ('${bytelessHash}', 'image/png', 3, 1, 1, 0, '\\x010203')`,
      )
      expect(await count(url, 'versions')).toBe(4)
      const env = { DATABASE_URL: url }

      const dry = await runWesee(['prune', '--dry-run'], tempDataDir(), env)
      expect(dry, dry.stderr).toMatchObject({ code: 0 })
      expect(dry.stdout).toContain('Would remove 2 old versions')
      expect(dry.stdout).toContain('Old sessions')
      expect(dry.stdout).toContain('Would remove 1 pictures nothing uses')
      expect(dry.stdout).toContain('Nothing was changed')
      expect(await count(url, 'versions')).toBe(4)
      expect(await count(url, 'assets')).toBe(1)

      // While the server still runs on the same database.
      const done = await runWesee(['prune'], tempDataDir(), env)
      expect(done, done.stderr).toMatchObject({ code: 0 })
      expect(done.stdout).toContain('Removed 2 old versions')
      expect(done.stdout).toContain(`Removed 1 pictures nothing uses`)
      expect(await count(url, 'versions')).toBe(2)
      expect(await count(url, 'assets')).toBe(0)
    },
    cliTestMs,
  )

  test(
    'backup and restore refuse with DATABASE_URL, naming pg_dump, pg_restore and board-keys.secret, and touch nothing',
    async () => {
      const url = await cluster().newDatabase()
      const server = await startTestServer({ databaseUrl: url })
      await server.createBoard('Kept safe')
      const env = { DATABASE_URL: url }
      const folder = tempDataDir()
      const file = path.join(folder, 'wesee.tar.gz')
      const backup = await runWesee(['backup', file], server.dataDir, env)
      expect(backup.code).toBe(1)
      expect(backup.stderr).toContain('pg_dump')
      expect(backup.stderr).toContain('board-keys.secret')
      expect(backup.stderr).not.toContain(url)
      expect(fs.existsSync(file)).toBe(false)

      fs.writeFileSync(file, 'a backup from somewhere')
      const empty = tempDataDir()
      const restore = await runWesee(['restore', file, '--replace'], empty, env)
      expect(restore.code).toBe(1)
      expect(restore.stderr).toContain('pg_restore')
      expect(restore.stderr).toContain('board-keys.secret')
      expect(fs.readdirSync(empty)).toEqual([])
      expect(await count(url, 'boards')).toBe(1)
    },
    cliTestMs,
  )

  test(
    'a database no WeSee has used is refused in plain words, and the tools leave it empty',
    async () => {
      const url = await cluster().newDatabase()
      for (const args of [['check'], ['prune'], ['prune', '--dry-run']]) {
        const run = await runWesee(args, tempDataDir(), { DATABASE_URL: url })
        expect(run.code).toBe(1)
        expect(run.stderr.trim()).toBe(
          'WeSee cannot open its data: The PostgreSQL database named by DATABASE_URL holds no WeSee data. Check DATABASE_URL names the server’s database.',
        )
      }
      const tables = await sql<{ n: string }>(
        url,
        "SELECT COUNT(*) AS n FROM pg_tables WHERE schemaname = 'public'",
      )
      expect(Number(tables[0]?.n)).toBe(0)
    },
    cliTestMs,
  )

  test(
    'a database at an older schema step is refused, not brought up to date under a running server',
    async () => {
      const url = await cluster().newDatabase()
      const server = await startTestServer({ databaseUrl: url })
      await server.close()
      const latest = await sql<{ v: number }>(url, 'SELECT MAX(version) AS v FROM schema_migrations')
      await sql(url, `DELETE FROM schema_migrations WHERE version = ${latest[0]!.v}`)
      const run = await runWesee(['prune'], tempDataDir(), { DATABASE_URL: url })
      expect(run.code).toBe(1)
      expect(run.stderr).toContain(`older than this WeSee's (${latest[0]!.v})`)
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
      expect(await count(url, 'schema_migrations')).toBe(latest[0]!.v - 1)
    },
    cliTestMs,
  )
})

test(
  'with a DATABASE_URL that does not answer, check and prune say so in one plain line that never repeats the address',
  async () => {
    // Port 9 (discard) on loopback: nothing answers PostgreSQL there.
    const env = { DATABASE_URL: 'postgres://wesee:s3cret-word@127.0.0.1:9/wesee' }
    for (const args of [['check'], ['prune', '--dry-run']]) {
      const dataDir = tempDataDir()
      const run = await runWesee(args, dataDir, env)
      expect(run.code).toBe(1)
      const lines = run.stderr.trim().split('\n')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(
        /^WeSee cannot open its data: the PostgreSQL named by DATABASE_URL could not be opened \(.+\)\. Check it is running and the address is right\.$/,
      )
      expect(run.stdout + run.stderr).not.toContain('s3cret-word')
      expect(run.stdout).toBe('')
      // Nothing was made beside it: no SQLite, no key secret.
      expect(fs.readdirSync(dataDir)).toEqual([])
    }
  },
  cliTestMs,
)
