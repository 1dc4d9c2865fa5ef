import { logger } from './logging/logger.ts'
import { configFromEnv, type ServerConfig } from './config.ts'
import { WeSeeServer } from './WeSeeServer.ts'

/** Entry point: `pnpm start` runs this. */
let config: ServerConfig
try {
  config = configFromEnv()
} catch (error) {
  // A setting the server will not start with: say which, in one line, not a stack trace.
  logger.fatal(`WeSee cannot start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
const server = new WeSeeServer(config)
const port = await server.listen()
logger.info({ port, dataDir: config.dataDir }, `WeSee is running on http://localhost:${port}`)

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
