import { execFile } from 'node:child_process'
import fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'
import { tempDataDir } from '../helpers/testServer.ts'

/**
 * The PostgreSQL store is not whole yet (docs/deploy-many.md): a server told
 * to use it must say so and stop, not quietly keep the boards in SQLite while
 * the operator believes they are in PostgreSQL.
 */
test('with DATABASE_URL set the server refuses to start, in plain words, and makes no database', async () => {
  const dataDir = tempDataDir()
  const result = await new Promise<{ code: number | null; output: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'server/src/main.ts'],
      {
        env: {
          ...process.env,
          DATABASE_URL: 'postgres://wesee@127.0.0.1:5432/wesee',
          DATA_DIR: dataDir,
          PORT: '0',
          LOG_LEVEL: 'info',
        },
        cwd: fileURLToPath(new URL('../../..', import.meta.url)),
        timeout: 60_000,
      },
      // The one fatal log line goes to stdout with the other log lines (a pino JSON line).
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, output: stdout + stderr }),
    )
  })
  expect(result.code).toBe(1)
  expect(result.output).toMatch(
    /WeSee cannot start: DATABASE_URL is set, but this version of WeSee cannot keep boards in PostgreSQL yet/,
  )
  expect(result.output).not.toMatch(/\n\s+at |\\n\s+at /)
  expect(fs.existsSync(`${dataDir}/wesee.sqlite`)).toBe(false)
})
