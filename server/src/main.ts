import { configFromEnv, type ServerConfig } from './config.ts'
import { WeSeeServer } from './WeSeeServer.ts'

/** Entry point: `pnpm start` runs this. */
let config: ServerConfig
try {
  config = configFromEnv()
} catch (error) {
  // A setting the server will not start with: say which, in one line, not a stack trace.
  console.error(`WeSee cannot start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
const server = new WeSeeServer(config)
const port = await server.listen()
console.log(`WeSee is running on http://localhost:${port} (data in ${config.dataDir})`)

// A stop signal drains (see WeSeeServer.close); a stop that hangs is cut at SHUTDOWN_TIMEOUT_MS.
let stopping = false
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    console.log(`Received ${signal}: saving and stopping…`)
    const startedAt = Date.now()
    setTimeout(() => {
      console.error(`WeSee did not stop within ${config.shutdownTimeoutMs} ms; stopping anyway.`)
      process.exit(1)
    }, config.shutdownTimeoutMs).unref()
    server.close().then(
      () => {
        console.log(`Stopped in ${Date.now() - startedAt} ms; everything is saved.`)
        process.exit(0)
      },
      (error: unknown) => {
        console.error('WeSee could not stop cleanly', error)
        process.exit(1)
      },
    )
  })
}
