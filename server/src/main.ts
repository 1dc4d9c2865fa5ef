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

// Flush pending writes (compaction) before exiting on a stop signal.
let stopping = false
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    console.log(`Received ${signal}: saving and stopping…`)
    void server.close().then(() => process.exit(0))
  })
}
