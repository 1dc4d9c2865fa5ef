import net from 'node:net'
import { onTestFinished } from 'vitest'

export interface RoundRobinBalancer {
  url: string
  syncUrl: string
  /** The ports it spreads connections over (a restarted node comes back on a new one). */
  backends: number[]
}

/**
 * A plain TCP round-robin balancer, as nginx's or Caddy's default would be
 * with passive health checks: each new connection goes to the next port,
 * skipping one that refuses (a dead node). It knows nothing of boards.
 */
export async function startRoundRobinBalancer(backends: number[]): Promise<RoundRobinBalancer> {
  const balancer: RoundRobinBalancer = { url: '', syncUrl: '', backends: [...backends] }
  let next = 0
  const sockets = new Set<net.Socket>()
  const server = net.createServer((client) => {
    sockets.add(client)
    client.on('close', () => sockets.delete(client))
    client.on('error', () => client.destroy())
    client.pause()
    const tryBackend = (attempt: number) => {
      if (attempt >= balancer.backends.length || client.destroyed) {
        client.destroy()
        return
      }
      const port = balancer.backends[next++ % balancer.backends.length]!
      const upstream = net.connect(port, '127.0.0.1')
      let connected = false
      upstream.once('connect', () => {
        connected = true
        sockets.add(upstream)
        upstream.on('close', () => {
          sockets.delete(upstream)
          client.destroy()
        })
        client.on('close', () => upstream.destroy())
        upstream.on('error', () => upstream.destroy())
        client.pipe(upstream)
        upstream.pipe(client)
        client.resume()
      })
      upstream.once('error', () => {
        // Refused: a dead node. The next one gets this connection.
        if (!connected) tryBackend(attempt + 1)
      })
    }
    tryBackend(0)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as net.AddressInfo
  balancer.url = `http://127.0.0.1:${port}`
  balancer.syncUrl = `ws://127.0.0.1:${port}/sync`
  onTestFinished(async () => {
    for (const socket of sockets) socket.destroy()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  })
  return balancer
}
