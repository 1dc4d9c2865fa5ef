import os from 'node:os'
import { Worker } from 'node:worker_threads'
import type { BenchBoard } from './benchClient.ts'
import { withTimeout } from './timing.ts'
import type {
  ClientKind,
  ClientSpec,
  Collected,
  WorkerReply,
  WorkerRequest,
  WorkerRequestWithId,
} from './workerMessages.ts'

/**
 * As many client threads as cores (2 to 4): one thread for hundreds of Yjs
 * clients made the last of them wait for the others' work, so the bench
 * timed its own clients more than the server.
 */
export const clientThreads = Math.min(4, Math.max(2, os.cpus().length))

const workerUrl = new URL('./clientWorker.ts', import.meta.url).href
// A worker thread does not inherit tsx's loader: it registers it, then loads the TypeScript worker.
const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(workerUrl)}) })`

/** One client thread and its requests waiting for an answer. */
class ClientThread {
  private readonly worker = new Worker(bootstrap, { eval: true })
  private readonly waiting = new Map<
    number,
    { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void }
  >()
  private nextRequestId = 1

  constructor() {
    this.worker.on('message', (reply: WorkerReply) => {
      const pending = this.waiting.get(reply.requestId)
      if (!pending) return
      this.waiting.delete(reply.requestId)
      if (reply.type === 'failed') pending.reject(new Error(reply.message))
      else pending.resolve(reply)
    })
    this.worker.on('error', (error) => this.failAll(error))
    this.worker.on('exit', (code) => this.failAll(new Error(`a client thread exited (${code})`)))
  }

  /** Sends a request that needs no answer. */
  tell(request: WorkerRequest): void {
    this.worker.postMessage({ ...request, requestId: 0 } satisfies WorkerRequestWithId)
  }

  ask(request: WorkerRequest, timeoutMs = 120_000): Promise<WorkerReply> {
    const requestId = this.nextRequestId++
    const reply = new Promise<WorkerReply>((resolve, reject) =>
      this.waiting.set(requestId, { resolve, reject }),
    )
    this.worker.postMessage({ ...request, requestId } satisfies WorkerRequestWithId)
    return withTimeout(reply, timeoutMs, `a client thread to answer ${request.type}`)
  }

  terminate(): Promise<number> {
    return this.worker.terminate()
  }

  private failAll(error: Error): void {
    for (const pending of this.waiting.values()) pending.reject(error)
    this.waiting.clear()
  }
}

/**
 * The bench's load generator: clients spread round-robin over worker
 * threads, so a room's clients do not queue behind each other on one
 * thread. Writes and sightings are timed in the threads on one clock
 * (clock.ts).
 */
export class ClientPool {
  private readonly threads = Array.from({ length: clientThreads }, () => new ClientThread())
  /** Which thread holds each client. */
  private readonly home = new Map<number, ClientThread>()
  private nextClientId = 0

  /**
   * Connects `count` clients of `kind` to `board` and resolves with their
   * ids once every one has synced (providers) or opened (sockets).
   */
  async connect(
    syncUrl: string,
    board: BenchBoard,
    count: number,
    kind: ClientKind,
    name: string,
  ): Promise<number[]> {
    const perThread = this.threads.map(() => [] as ClientSpec[])
    const ids: number[] = []
    for (let i = 0; i < count; i++) {
      const id = this.nextClientId++
      const t = id % this.threads.length
      const thread = this.threads[t]
      if (!thread) continue
      perThread[t]?.push({ id, syncUrl, board, name: `${name} ${i + 1}`, kind })
      this.home.set(id, thread)
      ids.push(id)
    }
    await Promise.all(
      this.threads.map((thread, t) => {
        const clients = perThread[t] ?? []
        return clients.length > 0 ? thread.ask({ type: 'connect', clients }) : Promise.resolve()
      }),
    )
    return ids
  }

  /** Has client `client` (a provider) set probe note `write` now. */
  write(client: number, write: number): void {
    this.home.get(client)?.tell({ type: 'write', client, write })
  }

  /** Sightings of writes so far, over all threads. */
  async seen(): Promise<number> {
    const replies = await Promise.all(this.threads.map((thread) => thread.ask({ type: 'count' })))
    return replies.reduce((sum, reply) => sum + (reply.type === 'count' ? reply.seen : 0), 0)
  }

  /** Every write sent and seen since the last collect, from all threads. */
  async collect(): Promise<Collected[]> {
    const replies = await Promise.all(this.threads.map((thread) => thread.ask({ type: 'collect' })))
    return replies.flatMap((reply) =>
      reply.type === 'collected' ? [{ sent: reply.sent, seen: reply.seen }] : [],
    )
  }

  /** Disconnects every client, keeping the threads. */
  async disconnectAll(): Promise<void> {
    await Promise.all(this.threads.map((thread) => thread.ask({ type: 'close' })))
    this.home.clear()
  }

  async destroy(): Promise<void> {
    await Promise.allSettled(this.threads.map((thread) => thread.ask({ type: 'close' }, 10_000)))
    await Promise.all(this.threads.map((thread) => thread.terminate()))
  }
}
