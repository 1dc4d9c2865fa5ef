import net from 'node:net'
import { expect, test } from 'vitest'
import { formatDocName } from '@wesee/shared'
import { createBoardOver } from '../helpers/api.ts'
import { startChildServer } from '../helpers/childServer.ts'
import { connectClient } from '../helpers/syncClient.ts'
import { tempDataDir } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

/**
 * A hostile client that completes the WebSocket handshake and then never
 * reads again, so it never answers the server's close: the stop must not
 * wait for it longer than its bound.
 */
async function deafSocket(port: number, path: string): Promise<net.Socket> {
  const socket = net.connect(port, '127.0.0.1')
  socket.on('error', () => {})
  await new Promise((resolve) => socket.once('connect', resolve))
  socket.write(
    `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
  )
  const head = await new Promise<string>((resolve) =>
    socket.once('data', (chunk) => resolve(chunk.toString())),
  )
  expect(head).toMatch(/^HTTP\/1\.1 101 /)
  socket.pause()
  return socket
}

/** One raw HTTP/1.1 request on a fresh connection, answered in full. */
async function rawRequest(port: number, request: string): Promise<string> {
  const socket = net.connect(port, '127.0.0.1')
  let answer = ''
  socket.on('data', (chunk) => (answer += chunk.toString()))
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject)
    socket.once('connect', () => socket.write(request))
    socket.once('close', () => resolve())
  })
  return answer
}

test(
  'a stop turns newcomers away with a plain 503 and ends in time, even with a client that never answers',
  {
    timeout: 60_000,
  },
  async () => {
    const dataDir = tempDataDir()
    const shutdownTimeoutMs = 3_000
    const server = await startChildServer(dataDir, { SHUTDOWN_TIMEOUT_MS: String(shutdownTimeoutMs) })
    const board = await createBoardOver(server.url, 'Bounded')
    const docName = formatDocName({ boardId: board.id, kind: 'content' })
    const syncPath = `/sync/${docName}?key=${encodeURIComponent(board.keys.participant)}`
    const deaf = await deafSocket(server.port, syncPath)
    let stdout = ''
    server.child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()))

    const startedAt = Date.now()
    const exited = server.kill('SIGTERM')
    await waitFor(() => stdout.includes('Received SIGTERM'), 'the server to start stopping')

    // While it drains (the deaf socket holds it), a new request and a new socket are told why, in plain words.
    const health = await rawRequest(server.port, 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n')
    expect(health).toMatch(/^HTTP\/1\.1 503 /)
    expect(health).toMatch(/\r\nRetry-After: 5\r\n/i)
    expect(health).toMatch(/The server is restarting\. Try again in a moment\.$/)
    const upgrade = await rawRequest(
      server.port,
      `GET ${syncPath} HTTP/1.1\r\nHost: 127.0.0.1\r\n` +
        'Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n' +
        'Sec-WebSocket-Version: 13\r\n\r\n',
    )
    expect(upgrade).toMatch(/^HTTP\/1\.1 503 /)
    expect(upgrade).toMatch(/The server is restarting\. Try again in a moment\.$/)

    await exited
    const tookMs = Date.now() - startedAt
    // The deaf socket held the stop for half the bound, then was cut and everything saved. Exit
    // code 0 means the server finished its own stop: the hard stop at the bound exits with 1.
    expect(server.child.exitCode).toBe(0)
    expect(tookMs).toBeGreaterThanOrEqual(shutdownTimeoutMs / 2 - 100)
    // Wall-clock slack for a loaded machine; without the cut, ws would wait 30 s for the deaf socket.
    expect(tookMs).toBeLessThan(shutdownTimeoutMs + 5_000)
    deaf.destroy()

    // The board is whole after the cut.
    const restarted = await startChildServer(dataDir)
    const viewer = connectClient(restarted.syncUrl, board.id, board.keys.viewer)
    await viewer.waitSynced()
  },
)
