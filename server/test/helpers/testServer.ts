import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { CreatedBoard, Limits } from '@wesee/shared'
import { onTestFinished, test } from 'vitest'
import { configFromEnv, type ServerConfig } from '../../src/config.ts'
import { openStorage } from '../../src/storage/openStorage.ts'
import { WeSeeServer } from '../../src/WeSeeServer.ts'
import { createBoardOver } from './api.ts'
import { createDatabase } from './postgresCluster.ts'

export type TestServerOptions = Partial<Omit<ServerConfig, 'limits'>> & { limits?: Partial<Limits> }

export interface TestServer {
  server: WeSeeServer
  port: number
  /** `http://127.0.0.1:<port>` */
  url: string
  /** `ws://127.0.0.1:<port>/sync` (the WebsocketProvider server URL) */
  syncUrl: string
  dataDir: string
  /** Creates a board over HTTP. */
  createBoard(title?: string): Promise<CreatedBoard>
  /** Closes the server (compacting and unloading its docs) but keeps its data. */
  close(): Promise<void>
  /** Closes this server and starts a new one on the same data folder and options. */
  restart(): Promise<TestServer>
}

/** A fresh, empty data folder under the OS temp folder, removed when the test finishes. */
export function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wesee-test-'))
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }))
  return dir
}

/**
 * Starts the real server on a free port with a temporary data folder. It is
 * closed when the current test finishes.
 */
/**
 * For a test that reads the SQLite file or the data folder's pictures
 * itself: skipped when the run keeps every test server's boards in
 * PostgreSQL (WESEE_TEST_POSTGRES, pnpm test:postgres).
 */
export const sqliteOnly = test.skipIf(Boolean(process.env.WESEE_TEST_POSTGRES))

const databasesByDataDir = new Map<string, Promise<string>>()

function databaseOfDataDir(adminUrl: string, dataDir: string): Promise<string> {
  let url = databasesByDataDir.get(dataDir)
  if (!url) {
    url = createDatabase(adminUrl, `wesee_t_${randomUUID().replaceAll('-', '')}`)
    databasesByDataDir.set(dataDir, url)
  }
  return url
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const base = configFromEnv({})
  const dataDir = options.dataDir ?? tempDataDir()
  const config: ServerConfig = {
    ...base,
    port: 0,
    host: '127.0.0.1',
    clientDir: null,
    // A test client that never answers a close would otherwise hold every test's stop for 5 s.
    shutdownTimeoutMs: 2_000,
    ...options,
    dataDir,
    limits: { ...base.limits, ...options.limits },
  }
  // WESEE_TEST_POSTGRES (a PostgreSQL admin address) runs every server test on a fresh database of
  // it: one per data folder, so a server started again on the same folder finds what the last one kept.
  const adminUrl = process.env.WESEE_TEST_POSTGRES
  if (options.databaseUrl === undefined && adminUrl)
    config.databaseUrl = await databaseOfDataDir(adminUrl, dataDir)
  const server = new WeSeeServer(config, { storage: await openStorage(config) })
  onTestFinished(() => server.close())
  const port = await server.listen()
  const url = `http://127.0.0.1:${port}`
  const close = () => server.close()
  return {
    server,
    port,
    url,
    syncUrl: `ws://127.0.0.1:${port}/sync`,
    dataDir,
    createBoard: (title) => createBoardOver(url, title),
    close,
    restart: async () => {
      await close()
      return startTestServer({ ...options, dataDir, databaseUrl: config.databaseUrl })
    },
  }
}
