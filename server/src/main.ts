import { ClusterNode } from './cluster/ClusterNode.ts'
import { clusterSettingsFromEnv } from './cluster/clusterSettingsFromEnv.ts'
import { logger } from './logging/logger.ts'
import { configFromEnv, type ServerConfig } from './config.ts'
import { openStorage, type Storage } from './storage/openStorage.ts'
import { WeSeeServer } from './WeSeeServer.ts'

/** Entry point: `pnpm start` runs this. */
function cannotStart(error: unknown): never {
  // A setting or a database the server will not start with: say which, in one line, not a stack trace.
  logger.fatal(`WeSee cannot start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}

let config: ServerConfig
let storage: Storage
let cluster: ClusterNode | undefined
try {
  config = configFromEnv()
  // With CLUSTER_SECRET this process is one node of several (docs/deploy-many.md).
  const clusterSettings = process.env.CLUSTER_SECRET ? clusterSettingsFromEnv(process.env) : null
  // The node first: the store writes a board's ballots, versions and arrivals under its leases.
  cluster = clusterSettings ? await ClusterNode.open(clusterSettings) : undefined
  storage = await openStorage(config, { fence: cluster?.keeper ?? null })
} catch (error) {
  cannotStart(error)
}
const server = new WeSeeServer(config, { storage, cluster })
const port = await server.listen()
logger.info(
  {
    port,
    dataDir: config.dataDir,
    store: config.databaseUrl ? 'postgresql' : 'sqlite',
    node: cluster?.identity.nodeId,
  },
  `WeSee is running on http://localhost:${port}`,
)

// A stop signal drains (see WeSeeServer.close); a stop that hangs is cut at SHUTDOWN_TIMEOUT_MS.
let stopping = false
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, `Received ${signal}: saving and stopping…`)
    const startedAt = Date.now()
    setTimeout(() => {
      logger.error(`WeSee did not stop within ${config.shutdownTimeoutMs} ms; stopping anyway.`)
      process.exit(1)
    }, config.shutdownTimeoutMs).unref()
    server.close().then(
      () => {
        logger.info({ ms: Date.now() - startedAt }, 'Stopped; everything is saved.')
        process.exit(0)
      },
      (error: unknown) => {
        logger.error({ err: error }, 'WeSee could not stop cleanly')
        process.exit(1)
      },
    )
  })
}
