import { WebSocket } from 'ws'
import { expect, test } from 'vitest'
import { CloseCode } from '@wesee/shared'
import { createBoardOver } from '../helpers/api.ts'
import { startChildServer } from '../helpers/childServer.ts'
import { connectClient, noteRecord, type SyncClient } from '../helpers/syncClient.ts'
import { tempDataDir } from '../helpers/testServer.ts'

/** A stock client that writes a note every few milliseconds and remembers which ones went on the wire. */
function streamingWriter(client: SyncClient, name: string) {
  const sent: string[] = []
  let next = 0
  let closeCode: number | null = null
  client.provider.on('connection-close', (event: { code: number } | null) => {
    closeCode ??= event?.code ?? null
  })
  const write = () => {
    const socket = client.provider.ws as WebSocket | null
    // Checked before the write, in the same tick as the provider's send: a
    // socket that is still OPEN here puts the update on the wire before it
    // answers the server's close, so the server receives it before the socket ends.
    const open = client.provider.wsconnected && socket?.readyState === WebSocket.OPEN
    const key = `shape:${name}-${next++}`
    client.kv.set(key, noteRecord(key.slice('shape:'.length), `${name} ${next}`))
    if (open) sent.push(key)
    return open
  }
  return { sent, write, closeCode: () => closeCode }
}

test(
  'every update that reaches the server before its sockets close is stored across a SIGTERM',
  { timeout: 120_000 },
  async () => {
    const dataDir = tempDataDir()
    // Writes come faster than the default message rate allows, and a loaded test machine may
    // take longer than the default grace to work through them: this test is about what is
    // stored, boundedStop.test.ts about the bound.
    const env = { MAX_MESSAGES_PER_SECOND: '5000', SHUTDOWN_TIMEOUT_MS: '60000' }
    const first = await startChildServer(dataDir, env)
    const board = await createBoardOver(first.url, 'Draining')
    const clients = ['ana', 'ben', 'cai'].map((name) => {
      const client = connectClient(first.syncUrl, board.id, board.keys.participant)
      return { client, writer: streamingWriter(client, name) }
    })
    await Promise.all(clients.map(({ client }) => client.waitSynced()))

    const stream = setInterval(() => {
      for (const { writer } of clients) writer.write()
    }, 3)
    await new Promise((resolve) => setTimeout(resolve, 300))
    // A backlog the server is still working through when the signal comes, and
    // a burst after it: these arrive while the server is already stopping.
    for (let i = 0; i < 300; i++) for (const { writer } of clients) writer.write()
    const exited = first.kill('SIGTERM')
    let sentAfterSignal = 0
    for (let i = 0; i < 100; i++) for (const { writer } of clients) if (writer.write()) sentAfterSignal++
    await exited
    clearInterval(stream)

    expect(first.child.exitCode).toBe(0)
    // Every client was told the server is restarting (so the WeSee client says so and reconnects).
    for (const { writer } of clients) expect(writer.closeCode()).toBe(CloseCode.ServerRestarting)
    expect(sentAfterSignal).toBeGreaterThan(0)
    const sent = clients.flatMap(({ writer }) => writer.sent)
    // The writers never sync again: whatever the restarted server has, the first one stored.
    for (const { client } of clients) client.destroy()

    const second = await startChildServer(dataDir, env)
    const fresh = connectClient(second.syncUrl, board.id, board.keys.viewer)
    await fresh.waitSynced()
    const missing = sent.filter((key) => !fresh.kv.has(key))
    expect(missing, `${missing.length} of ${sent.length} sent updates were lost`).toEqual([])
    expect(sent.length).toBeGreaterThan(100)
  },
)
