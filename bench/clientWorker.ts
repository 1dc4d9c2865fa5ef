/**
 * A worker thread of the bench's load generator (clientPool.ts starts
 * them): it holds a share of the clients, sets probe notes when told, and
 * notes when each of its clients sees each write, on clock.ts's clock so
 * times from different threads compare.
 */
import { parentPort } from 'node:worker_threads'
import { WebSocket } from 'ws'
import { connectClient, contentDocName, type BenchClient } from './benchClient.ts'
import { now } from './clock.ts'
import { noteRecord } from './records.ts'
import { withTimeout } from './timing.ts'
import { probeText, type ClientSpec, type WorkerReply, type WorkerRequestWithId } from './workerMessages.ts'

const port = parentPort
if (!port) throw new Error('clientWorker.ts runs in a worker thread')

// Each WebsocketProvider adds a process 'exit' listener; hundreds are expected here.
process.setMaxListeners(0)

const probePrefix = Buffer.from('Latency probe ')

const providers = new Map<number, BenchClient>()
const sockets: WebSocket[] = []
/** (write, time) pairs, flattened. */
let sent: number[] = []
let seen: number[] = []
let seenCount = 0

function observe(write: number, at: number): void {
  seen.push(write, at)
  seenCount++
}

function connect(spec: ClientSpec): Promise<void> {
  if (spec.kind === 'socket') {
    const socket = observeWithSocket(spec)
    sockets.push(socket)
    return opened(socket)
  }
  const client = connectClient(spec, spec.board, spec.name)
  providers.set(spec.id, client)
  observeWithProvider(client)
  return client.synced
}

function observeWithProvider(client: BenchClient): void {
  client.records.on(
    'change',
    (changes: Map<string, { newValue?: { meta: { write?: number } } }>, transaction: { local: boolean }) => {
      const at = now()
      if (transaction.local) return
      for (const change of changes.values()) {
        const write = change.newValue?.meta.write
        if (write !== undefined) observe(write, at)
      }
    },
  )
}

function observeWithSocket(spec: ClientSpec): WebSocket {
  const socket = new WebSocket(
    `${spec.syncUrl}/${contentDocName(spec.board)}?key=${spec.board.participantKey}`,
  )
  // A socket error must not crash the bench; a missing observation is counted instead.
  socket.on('error', () => {})
  socket.on('message', (data: Buffer) => {
    const at = now()
    // y-websocket framing: message type 0 (sync), sync type 2 (update).
    if (data[0] !== 0 || data[1] !== 2) return
    // One message may carry several writes (a server that merges what arrived together).
    for (let from = data.indexOf(probePrefix); from >= 0; from = data.indexOf(probePrefix, from + 1)) {
      const digits = data.toString('latin1', from + probePrefix.length, from + probePrefix.length + 12)
      const write = Number.parseInt(digits, 10)
      if (Number.isInteger(write)) observe(write, at)
    }
  })
  return socket
}

function opened(socket: WebSocket): Promise<void> {
  return withTimeout(
    new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve())
      socket.once('error', reject)
    }),
    60_000,
    'a socket to open',
  )
}

function write(clientId: number, w: number): void {
  const client = providers.get(clientId)
  if (!client) return
  const record = noteRecord(w, probeText(w), { write: w })
  sent.push(w, now())
  client.records.set(record.id, record)
}

function close(): void {
  for (const socket of sockets.splice(0)) socket.terminate()
  for (const client of providers.values()) client.destroy()
  providers.clear()
}

async function handle(request: WorkerRequestWithId): Promise<WorkerReply | null> {
  const { requestId } = request
  switch (request.type) {
    case 'connect':
      await Promise.all(request.clients.map(connect))
      return { requestId, type: 'done' }
    case 'write':
      write(request.client, request.write)
      return null
    case 'count':
      return { requestId, type: 'count', seen: seenCount }
    case 'collect': {
      const reply: WorkerReply = {
        requestId,
        type: 'collected',
        sent: Float64Array.from(sent),
        seen: Float64Array.from(seen),
      }
      sent = []
      seen = []
      seenCount = 0
      return reply
    }
    case 'close':
      close()
      return { requestId, type: 'done' }
  }
}

port.on('message', (request: WorkerRequestWithId) => {
  handle(request).then(
    (reply) => {
      if (reply) port.postMessage(reply)
    },
    (error: unknown) => {
      port.postMessage({
        requestId: request.requestId,
        type: 'failed',
        message: error instanceof Error ? error.message : String(error),
      } satisfies WorkerReply)
    },
  )
})
