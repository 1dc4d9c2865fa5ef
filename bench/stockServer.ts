/**
 * The stock y-websocket server (`@y/websocket-server`'s own connection
 * handler, docs in memory, no auth, no checks, no storage), for comparison
 * in the same run: what WeSee costs over the plainest Yjs relay. Started by
 * ServerProcess like WeSee's server; the doc name is the path after /sync/.
 */
import http from 'node:http'
import { setupWSConnection } from '@y/websocket-server/utils'
import { WebSocketServer } from 'ws'

const syncPrefix = '/sync/'

const server = http.createServer((_request, response) => {
  response.writeHead(404).end()
})
const sockets = new WebSocketServer({ noServer: true })

server.on('upgrade', (request, socket, head) => {
  const path = (request.url ?? '').split('?')[0] ?? ''
  if (!path.startsWith(syncPrefix)) {
    socket.destroy()
    return
  }
  sockets.handleUpgrade(request, socket, head, (ws) => {
    setupWSConnection(ws, request, { docName: decodeURIComponent(path.slice(syncPrefix.length)) })
  })
})

server.listen(0, '127.0.0.1', () => {
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  // The line ServerProcess waits for, as WeSee's server prints it.
  console.log(`Stock y-websocket server running on http://127.0.0.1:${port}`)
})

// Nothing to save: the docs live in memory only.
process.on('SIGTERM', () => process.exit(0))
