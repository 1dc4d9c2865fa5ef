import { WebSocket, type ClientOptions, type RawData } from 'ws'
import { onTestFinished } from 'vitest'

export interface RawSocket {
  socket: WebSocket
  /** Resolves when the handshake completes (refused sockets open, then close). */
  opened: Promise<void>
  /** Resolves with the close code and reason the client received. */
  closed: Promise<{ code: number; reason: string }>
  /** Every binary message received so far. */
  messages: Uint8Array[]
  /**
   * 'accepted' once the server speaks (it opens every sync with its step 1),
   * or the close code when it refuses the socket without a word.
   */
  outcome: Promise<'accepted' | number>
}

/**
 * A bare WebSocket, for sending what no well-behaved client would. Closed
 * when the test finishes. `protocols` are offered in Sec-WebSocket-Protocol.
 */
export function rawSocket(
  url: string,
  { protocols = [], ...options }: ClientOptions & { protocols?: string[] } = {},
): RawSocket {
  const socket = new WebSocket(url, protocols, { perMessageDeflate: false, ...options })
  const messages: Uint8Array[] = []
  socket.on('message', (data: RawData) => {
    messages.push(Array.isArray(data) ? new Uint8Array(Buffer.concat(data)) : new Uint8Array(data))
  })
  // Errors (e.g. writing after the server closed) also end in 'close'.
  socket.on('error', () => {})
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('close', (code) => reject(new Error(`Closed (${code}) before opening`)))
  })
  // A refusal may arrive before anyone awaits `opened`.
  opened.catch(() => {})
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() }))
  })
  const outcome = new Promise<'accepted' | number>((resolve) => {
    socket.once('message', () => resolve('accepted'))
    void closed.then(({ code }) => resolve(code))
  })
  onTestFinished(() => socket.terminate())
  return { socket, opened, closed, messages, outcome }
}

/** The sync URL of a doc with a key, as a browser would open it. */
export function docUrl(syncUrl: string, docName: string, key: string): string {
  return `${syncUrl}/${docName}?key=${encodeURIComponent(key)}`
}
