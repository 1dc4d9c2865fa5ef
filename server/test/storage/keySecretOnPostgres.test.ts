import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { expect, test } from 'vitest'
import { createBoardOver, requestJson } from '../helpers/api.ts'
import { startChildServer } from '../helpers/childServer.ts'
import { describeWithPostgresCluster } from '../helpers/postgresCluster.ts'
import { tempDataDir } from '../helpers/testServer.ts'

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))
const serverTestMs = 60_000

/** Runs `pnpm start`'s entry until it stops by itself (a refusal), with its exit code and everything it said. */
function runServerToExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'server/src/main.ts'],
      {
        env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
        cwd: repoRoot,
        timeout: 30_000,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: stdout + stderr }),
    )
  })
}

function secretIn(dataDir: string): string {
  return fs.readFileSync(path.join(dataDir, 'board-keys.secret'), 'utf8').trim()
}

async function fingerprints(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const { rows } = await client.query<{ fingerprint: string }>(
      'SELECT fingerprint FROM board_key_fingerprint',
    )
    return rows.map((row) => row.fingerprint)
  } finally {
    await client.end()
  }
}

/** Whether a person can join the board on this server with its participant link (the link must open there). */
async function canJoin(url: string, boardId: string, participantKey: string): Promise<number> {
  const joined = await requestJson(`${url}/api/boards/${boardId}/participants`, {
    body: { name: 'Ana' },
    key: participantKey,
  })
  return joined.status
}

describeWithPostgresCluster('servers on one PostgreSQL share one board key secret', (cluster) => {
  test(
    'a second server with another secret refuses to start, in one plain line that shows no secret; the first keeps working',
    async () => {
      const databaseUrl = await cluster().newDatabase()
      const firstDir = tempDataDir()
      const first = await startChildServer(firstDir, { DATABASE_URL: databaseUrl })
      const board = await createBoardOver(first.url, 'Market day')
      const recorded = await fingerprints(databaseUrl)
      expect(recorded).toHaveLength(1)
      // The fingerprint does not give the secret away.
      expect(recorded[0]).not.toContain(secretIn(firstDir))

      const secondDir = tempDataDir()
      const second = await runServerToExit({ DATABASE_URL: databaseUrl, DATA_DIR: secondDir })
      expect(second.code).toBe(1)
      const said = second.output.trim().split('\n')
      expect(said).toHaveLength(1)
      expect(said[0]).toMatch(
        /WeSee cannot start: this server’s board key secret is not the one the other WeSee servers on this database use/,
      )
      expect(said[0]).toContain('Copy board-keys.secret from the DATA_DIR of the first server')
      for (const secret of [secretIn(firstDir), secretIn(secondDir)])
        expect(second.output).not.toContain(secret)
      expect(await fingerprints(databaseUrl)).toEqual(recorded)
      expect(await canJoin(first.url, board.id, board.keys.participant)).toBe(201)

      // The same with the other secret given as BOARD_KEY_SECRET, and no file at all.
      const otherSecret = randomBytes(32).toString('hex')
      const fromEnv = await runServerToExit({
        DATABASE_URL: databaseUrl,
        DATA_DIR: tempDataDir(),
        BOARD_KEY_SECRET: otherSecret,
      })
      expect(fromEnv.code).toBe(1)
      expect(fromEnv.output).toContain('is not the one the other WeSee servers on this database use')
      expect(fromEnv.output).not.toContain(otherSecret)
      await first.kill('SIGTERM')
    },
    serverTestMs,
  )

  test(
    'servers with the same secret (a copy of board-keys.secret, or BOARD_KEY_SECRET) all start, and a link made on one opens on the others',
    async () => {
      const databaseUrl = await cluster().newDatabase()
      const firstDir = tempDataDir()
      const first = await startChildServer(firstDir, { DATABASE_URL: databaseUrl })
      const board = await createBoardOver(first.url, 'Library hours')

      const copyDir = tempDataDir()
      fs.copyFileSync(path.join(firstDir, 'board-keys.secret'), path.join(copyDir, 'board-keys.secret'))
      const copy = await startChildServer(copyDir, { DATABASE_URL: databaseUrl })
      expect(await canJoin(copy.url, board.id, board.keys.participant)).toBe(201)

      const envDir = tempDataDir()
      const fromEnv = await startChildServer(envDir, {
        DATABASE_URL: databaseUrl,
        BOARD_KEY_SECRET: secretIn(firstDir).toUpperCase(),
      })
      expect(await canJoin(fromEnv.url, board.id, board.keys.participant)).toBe(201)
      // A container given the secret needs no file, and gets none.
      expect(fs.existsSync(path.join(envDir, 'board-keys.secret'))).toBe(false)
      // A board made there opens on the first server too.
      const made = await createBoardOver(fromEnv.url, 'Made on the third')
      expect(await canJoin(first.url, made.id, made.keys.participant)).toBe(201)
      for (const server of [first, copy, fromEnv]) await server.kill('SIGTERM')
    },
    serverTestMs,
  )
})

test(
  'a BOARD_KEY_SECRET that is not 64 hex characters, or that differs from board-keys.secret, is refused without being shown',
  async () => {
    const badShape = await runServerToExit({ DATA_DIR: tempDataDir(), BOARD_KEY_SECRET: 'not-a-secret-9f3b' })
    expect(badShape.code).toBe(1)
    expect(badShape.output).toMatch(/WeSee cannot start: BOARD_KEY_SECRET must be 64 hex characters/)
    expect(badShape.output).not.toContain('not-a-secret-9f3b')

    const dataDir = tempDataDir()
    const onDisk = randomBytes(32).toString('hex')
    fs.writeFileSync(path.join(dataDir, 'board-keys.secret'), onDisk)
    const given = randomBytes(32).toString('hex')
    const conflict = await runServerToExit({ DATA_DIR: dataDir, BOARD_KEY_SECRET: given })
    expect(conflict.code).toBe(1)
    expect(conflict.output.trim().split('\n')).toHaveLength(1)
    expect(conflict.output).toMatch(
      /WeSee cannot start: BOARD_KEY_SECRET is set, and board-keys.secret in DATA_DIR holds a different secret/,
    )
    expect(conflict.output).not.toContain(onDisk)
    expect(conflict.output).not.toContain(given)
    expect(fs.existsSync(path.join(dataDir, 'wesee.sqlite'))).toBe(false)
  },
  serverTestMs,
)
