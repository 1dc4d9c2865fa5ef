import { ClusterNode } from '../../src/cluster/ClusterNode.ts'
import { clusterSettingsFromEnv } from '../../src/cluster/clusterSettingsFromEnv.ts'
import { configFromEnv } from '../../src/config.ts'
import { WeSeeServer } from '../../src/WeSeeServer.ts'

/**
 * One node of a test cluster as its own process, so a test can kill -9 it
 * or stop it with SIGTERM. Unlike `src/main.ts` (which needs DATABASE_URL
 * for a node), it keeps everything but the doc logs in a SQLite file the
 * nodes share, as the failover tests were written for. Prints the same
 * "running on" line as main.ts.
 */
const config = configFromEnv(process.env)
const cluster = await ClusterNode.open(clusterSettingsFromEnv(process.env))
const server = new WeSeeServer(config, { cluster })
const port = await server.listen()
console.log(`WeSee is running on http://localhost:${port} as node ${cluster.identity.nodeId}`)

let stopping = false
process.on('SIGTERM', () => {
  if (stopping) return
  stopping = true
  // As main.ts: a stop that hangs is cut.
  setTimeout(() => {
    console.error(`the node did not stop within ${config.shutdownTimeoutMs} ms; stopping anyway`)
    process.exit(1)
  }, config.shutdownTimeoutMs).unref()
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error('the node could not stop cleanly', error)
      process.exit(1)
    },
  )
})
