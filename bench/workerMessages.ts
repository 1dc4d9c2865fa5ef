import type { BenchBoard } from './benchClient.ts'

/**
 * How a client observes writes:
 * - `provider`: a full participant (Y.Doc + WebsocketProvider + record
 *   map); it observes a write when its record map shows it. End to end.
 * - `socket`: a bare WebSocket that never answers the sync handshake (the
 *   server sends it every update regardless) and finds the probe text in
 *   each frame's bytes instead of decoding it with Yjs: what the server
 *   itself delivers. It cannot write.
 */
export type ClientKind = 'provider' | 'socket'

/** One client a worker thread is to connect. `id` is unique in the bench run. */
export interface ClientSpec {
  id: number
  syncUrl: string
  board: BenchBoard
  name: string
  kind: ClientKind
}

/** What the bench's main thread asks a client worker (clientWorker.ts) to do. */
export type WorkerRequest =
  | { type: 'connect'; clients: ClientSpec[] }
  /** Client `client` sets probe note `write` now (no answer: the worker notes when). */
  | { type: 'write'; client: number; write: number }
  /** How many writes the worker's clients have seen so far. */
  | { type: 'count' }
  /** Every write sent and seen since the last collect, then forgets them. */
  | { type: 'collect' }
  | { type: 'close' }

export type WorkerRequestWithId = WorkerRequest & { requestId: number }

/** Pairs of (write, epoch milliseconds from clock.ts), flattened. */
export interface Collected {
  sent: Float64Array
  seen: Float64Array
}

export type WorkerReply =
  | { requestId: number; type: 'done' }
  | { requestId: number; type: 'count'; seen: number }
  | ({ requestId: number; type: 'collected' } & Collected)
  | { requestId: number; type: 'failed'; message: string }

/** Text of the probe note of write `w`; sockets find the write by it in the raw update bytes. */
export const probeText = (w: number) => `Latency probe ${w};`
