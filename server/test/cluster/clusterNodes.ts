import Database from 'better-sqlite3'
import path from 'node:path'
import type { CreatedBoard, TemplateId } from '@wesee/shared'
import { onTestFinished } from 'vitest'
import { ClusterNode } from '../../src/cluster/ClusterNode.ts'
import { configFromEnv, type ServerConfig } from '../../src/config.ts'
import { WeSeeServer } from '../../src/WeSeeServer.ts'
import { createBoardOver } from '../helpers/api.ts'
import { tempDataDir, type TestServer } from '../helpers/testServer.ts'
import type { ClusterDatabase } from './clusterDatabase.ts'

/** The secret the test nodes share. */
export const testClusterSecret = 'a-test-cluster-secret-of-forty-characters'

export interface ClusterTestNode extends TestServer {
  cluster: ClusterNode
}

export interface InProcessCluster {
  db: ClusterDatabase
  nodes: ClusterTestNode[]
  /** Creates a board through a node and puts its first docs where the nodes keep docs (see below). */
  createBoard(through: ClusterTestNode, template?: TemplateId): Promise<CreatedBoard>
}

/**
 * Several real servers in this process, each its own node on one
 * PostgreSQL: their docs in PostgreSQL under board leases, requests handed
 * to each board's owner. Boards, people and ballots are not in PostgreSQL
 * yet, so the nodes share one SQLite data folder for those (safe across
 * processes in WAL mode); once the whole store is in PostgreSQL this
 * stand-in goes.
 */
export async function startInProcessCluster(
  freshDatabase: () => Promise<ClusterDatabase>,
  count: number,
  options: { leaseMs?: number; perNode?: (index: number) => Partial<ServerConfig> } = {},
): Promise<InProcessCluster> {
  const db = await freshDatabase()
  const dataDir = tempDataDir()
  const nodes: ClusterTestNode[] = []
  for (let index = 0; index < count; index++) {
    nodes.push(await startNode(db, dataDir, index, options.leaseMs ?? 2_000, options.perNode?.(index) ?? {}))
  }
  return {
    db,
    nodes,
    createBoard: async (through, template) => {
      const board = await createBoardOver(
        through.url,
        'A board on several nodes',
        template ? { template } : {},
      )
      await copyFirstDocs(dataDir, db, board.id)
      return board
    },
  }
}

async function startNode(
  db: ClusterDatabase,
  dataDir: string,
  index: number,
  leaseMs: number,
  overrides: Partial<ServerConfig>,
): Promise<ClusterTestNode> {
  const base = configFromEnv({})
  const config: ServerConfig = {
    ...base,
    port: 0,
    host: '127.0.0.1',
    clientDir: null,
    shutdownTimeoutMs: 2_000,
    maintenanceEveryMs: 0,
    ...overrides,
    dataDir,
  }
  const cluster = await ClusterNode.open({
    databaseUrl: db.url,
    secret: testClusterSecret,
    nodeAddress: null,
    leaseMs,
    nodeName: `node${index}`,
  })
  const server = new WeSeeServer(config, { cluster })
  onTestFinished(() => server.close())
  const port = await server.listen()
  const url = `http://127.0.0.1:${port}`
  return {
    server,
    cluster,
    port,
    url,
    syncUrl: `ws://127.0.0.1:${port}/sync`,
    dataDir,
    createBoard: (title) => createBoardOver(url, title),
    close: () => server.close(),
    restart: () => Promise.reject(new Error('a cluster test node is not restarted in place')),
  }
}

/**
 * A new board's first docs (its seeded page, frames and control state) are
 * written with the board, into the store that holds boards: SQLite here.
 * The nodes read docs from PostgreSQL, so they are copied there once.
 */
export async function copyFirstDocs(dataDir: string, db: ClusterDatabase, boardId: string): Promise<void> {
  const sqlite = new Database(path.join(dataDir, 'wesee.sqlite'), { readonly: true })
  let rows: Array<{ doc: string; data: Buffer }>
  try {
    rows = sqlite
      .prepare<[string], { doc: string; data: Buffer }>(
        'SELECT doc, data FROM doc_updates WHERE doc LIKE ? ORDER BY seq',
      )
      .all(`${boardId}/%`)
  } finally {
    sqlite.close()
  }
  const pool = db.pool()
  for (const row of rows)
    await pool.query('INSERT INTO doc_updates (doc, data) VALUES ($1, $2)', [row.doc, row.data])
}
