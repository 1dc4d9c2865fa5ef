/**
 * Preloaded into the server process by the bench (`--expose-gc --import`):
 * on SIGUSR2 it runs a full garbage collection and prints the process's
 * memory usage on one stdout line, so RSS readings do not depend on when V8
 * last happened to collect. The server's own code is unchanged.
 */
import { memoryReplyPrefix } from './memoryReply.ts'

process.on('SIGUSR2', () => {
  globalThis.gc?.()
  process.stdout.write(`${memoryReplyPrefix}${JSON.stringify(process.memoryUsage())}\n`)
})
