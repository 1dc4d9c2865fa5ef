import type { CreatedBoard, TemplateId } from '@wesee/shared'
import { onTestFinished } from 'vitest'
import { ClusterNode } from '../../src/cluster/ClusterNode.ts'
import { configFromEnv, type ServerConfig } from '../../src/config.ts'
import { openStorage } from '../../src/storage/openStorage.ts'
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
  /** Creates a board through a node. */
  createBoard(through: ClusterTestNode, template?: TemplateId): Promise<CreatedBoard>
  /** Starts one more node on the same database, as a deploy or a restart does. */
  addNode(): Promise<ClusterTestNode>
}

/**
 * Several real servers in this process, each its own node on one
 * PostgreSQL, everything stored there as `DATABASE_URL` has it: docs under
 * board leases, requests handed to each board's owner. They share one data
 * folder only for the board key secret, as every node of a cluster must.
 */
export async function startInProcessCluster(
  freshDatabase: () => Promise<ClusterDatabase>,
  count: number,
  options: { leaseMs?: number; perNode?: (index: number) => Partial<ServerConfig> } = {},
): Promise<InProcessCluster> {
  const db = await freshDatabase()
  const dataDir = tempDataDir()
  const nodes: ClusterTestNode[] = []
  const addNode = async () => {
    const index = nodes.length
    const node = await startNode(db, dataDir, index, options.leaseMs ?? 2_000, options.perNode?.(index) ?? {})
    nodes.push(node)
    return node
  }
  for (let index = 0; index < count; index++) await addNode()
  return {
    db,
    nodes,
    createBoard: (through, template) =>
      createBoardOver(through.url, 'A board on several nodes', template ? { template } : {}),
    addNode,
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
    databaseUrl: db.url,
  }
  const cluster = await ClusterNode.open({
    databaseUrl: db.url,
    secret: testClusterSecret,
    nodeAddress: null,
    leaseMs,
    nodeName: `node${index}`,
  })
  const storage = await openStorage(config, { fence: cluster.keeper })
  const server = new WeSeeServer(config, { storage, cluster })
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
