/**
 * Preloaded into every server process the bench starts (WeSee's and the
 * stock y-websocket one, `--import`): asked over the IPC channel, it answers
 * with the process's own CPU time (`process.cpuUsage()`, user + system), so
 * CPU per delivered update is the server's alone, not the clients'.
 */
import { cpuReplyType, cpuRequestType } from './cpuReply.ts'

process.on('message', (message: unknown) => {
  if (message !== cpuRequestType) return
  const { user, system } = process.cpuUsage()
  process.send?.({ type: cpuReplyType, microseconds: user + system })
})
// The IPC channel must not keep a stopping server alive.
process.channel?.unref()
