import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { rawSocket, type RawSocket } from './rawSocket.ts'

/** One presence state as a client received it off the wire. */
export interface HeardPresence {
  clientId: number
  state: Record<string, unknown> | null
}

export interface PresenceWiretap {
  socket: RawSocket
  /** Every presence entry this socket has received, in order. */
  heard: HeardPresence[]
  /** The latest state per client id (removed ones deleted), like a client's awareness. */
  current(): Map<number, Record<string, unknown>>
}

/**
 * A bare socket that only listens, and decodes every awareness message it
 * receives: what any other person's browser would be shown.
 */
export function presenceWiretap(url: string): PresenceWiretap {
  const socket = rawSocket(url)
  const heard: HeardPresence[] = []
  socket.socket.on('message', (data: Buffer) => {
    const bytes = new Uint8Array(data)
    const decoder = decoding.createDecoder(bytes)
    if (decoding.readVarUint(decoder) !== 1) return
    heard.push(...decodeAwarenessUpdate(decoding.readVarUint8Array(decoder)))
  })
  return {
    socket,
    heard,
    current() {
      const states = new Map<number, Record<string, unknown>>()
      for (const { clientId, state } of heard) {
        if (state === null) states.delete(clientId)
        else states.set(clientId, state)
      }
      return states
    },
  }
}

export function decodeAwarenessUpdate(update: Uint8Array): HeardPresence[] {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  const entries: HeardPresence[] = []
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder)
    decoding.readVarUint(decoder) // clock
    entries.push({ clientId, state: JSON.parse(decoding.readVarString(decoder)) as HeardPresence['state'] })
  }
  return entries
}

/** A y-websocket awareness message carrying the given states, as a hostile client would write it. */
export function awarenessMessage(
  entries: Array<{ clientId: number; clock?: number; state: unknown; rawJson?: string }>,
): Uint8Array {
  const inner = encoding.createEncoder()
  encoding.writeVarUint(inner, entries.length)
  for (const entry of entries) {
    encoding.writeVarUint(inner, entry.clientId)
    encoding.writeVarUint(inner, entry.clock ?? 1)
    encoding.writeVarString(inner, entry.rawJson ?? JSON.stringify(entry.state))
  }
  const outer = encoding.createEncoder()
  encoding.writeVarUint(outer, 1)
  encoding.writeVarUint8Array(outer, encoding.toUint8Array(inner))
  return encoding.toUint8Array(outer)
}

/** A tldraw-like presence, with who it claims to be. */
export function presenceClaiming(
  userId: string,
  userName: string,
  color = '#ff0000',
): Record<string, unknown> {
  return {
    presence: {
      userId,
      userName,
      color,
      camera: { x: 0, y: 0, z: 1 },
      screenBounds: { x: 0, y: 0, w: 800, h: 600 },
      cursor: { x: 10, y: 20, type: 'default', rotation: 0 },
      selectedShapeIds: [],
    },
  }
}
