/**
 * What the server says when it refuses (part of) a change a client sent to a
 * board or private doc. The server has already put the doc back; this tells
 * the writer why, so their screen can say so in plain words.
 *
 * On the wire it is a WeSee message on the sync socket, next to y-websocket's
 * own types: `varUint(WeSeeMessageType.Refusal)` then `varString(JSON)` of a
 * `RefusalMessage`. Stock y-websocket clients ignore message types they do
 * not know.
 */

/** Why a change was refused. Rules that the server adds later add codes here. */
export const RefusalCode = {
  /** An entry of `records` was not `{ key, val }` with a record in `val`. */
  NotARecord: 'not-a-record',
  /** A record's `id` was not the key it was stored under. */
  WrongKey: 'wrong-key',
  /** tldraw's schema refuses the record (unknown type, bad props, …). */
  InvalidRecord: 'invalid-record',
  /** The record is per-browser state (camera, presence), not board content. */
  NotBoardContent: 'not-board-content',
  /** Something was written outside the parts of the doc WeSee uses. */
  UnknownPart: 'unknown-part',
  /** Only the server changes the schema a board is stored with. */
  SchemaIsFixed: 'schema-is-fixed',
  /** The board (or private doc) is full; the whole change was undone. */
  DocFull: 'doc-full',
  /** One change touched too many things at once; the whole change was undone. */
  TooManyChanges: 'too-many-changes',
  /** Someone changed or deleted a note, picture or shape another person made. */
  NotYours: 'not-yours',
  /** Someone other than the facilitator changed the template, a locked shape or a page. */
  OnlyFacilitator: 'only-facilitator',
  /** Someone other than the facilitator locked or unlocked a shape. */
  LockIsFacilitators: 'lock-is-facilitators',
  /** A picture, bookmark or embed pointed somewhere other than this server. */
  NotThisServer: 'not-this-server',
  /** A participant drew while the facilitator had put the drawing tools away. */
  DrawingOff: 'drawing-off',
  /** A rule of the server refused the change and gave no code of its own. */
  NotAllowed: 'not-allowed',
} as const

export type RefusalCode = (typeof RefusalCode)[keyof typeof RefusalCode]

/** One refusal: a code to switch on and a message in plain words. */
export interface Refusal {
  code: RefusalCode
  message: string
}

/** What the writer receives: the refusal and the record keys it was about (maybe none). */
export interface RefusalMessage extends Refusal {
  keys: string[]
}

/** WeSee's own sync message types, numbered well clear of y-websocket's (0–3). */
export const WeSeeMessageType = {
  Refusal: 100,
} as const

export type WeSeeMessageType = (typeof WeSeeMessageType)[keyof typeof WeSeeMessageType]

function isRefusalCode(value: unknown): value is RefusalCode {
  return (Object.values(RefusalCode) as unknown[]).includes(value)
}

/** Encodes a refusal message (lib0's varUint and varString, written out so `shared` needs no lib0). */
export function encodeRefusalMessage(refusal: RefusalMessage): Uint8Array {
  const json = new TextEncoder().encode(
    JSON.stringify({ code: refusal.code, message: refusal.message, keys: refusal.keys }),
  )
  const bytes: number[] = []
  writeVarUint(bytes, WeSeeMessageType.Refusal)
  writeVarUint(bytes, json.byteLength)
  const out = new Uint8Array(bytes.length + json.byteLength)
  out.set(bytes)
  out.set(json, bytes.length)
  return out
}

/**
 * Reads a refusal message from a sync socket's bytes. Returns null when the
 * bytes are another message type or are not a well-formed refusal.
 */
export function decodeRefusalMessage(message: Uint8Array): RefusalMessage | null {
  try {
    const cursor = { at: 0 }
    if (readVarUint(message, cursor) !== WeSeeMessageType.Refusal) return null
    const length = readVarUint(message, cursor)
    if (cursor.at + length > message.byteLength) return null
    const value: unknown = JSON.parse(
      new TextDecoder().decode(message.subarray(cursor.at, cursor.at + length)),
    )
    if (typeof value !== 'object' || value === null) return null
    const { code, message: words, keys } = value as Record<string, unknown>
    if (!isRefusalCode(code) || typeof words !== 'string') return null
    if (!Array.isArray(keys) || !keys.every((key) => typeof key === 'string')) return null
    return { code, message: words, keys: keys as string[] }
  } catch {
    return null
  }
}

function writeVarUint(bytes: number[], value: number): void {
  let rest = value
  while (rest > 0x7f) {
    bytes.push(0x80 | (rest & 0x7f))
    rest = Math.floor(rest / 128)
  }
  bytes.push(rest)
}

function readVarUint(bytes: Uint8Array, cursor: { at: number }): number {
  let value = 0
  let factor = 1
  for (let i = 0; i < 8; i++) {
    const byte = bytes[cursor.at++]
    if (byte === undefined) throw new RangeError('unexpected end of message')
    value += (byte & 0x7f) * factor
    if (byte < 0x80) return value
    factor *= 128
  }
  throw new RangeError('varUint too long')
}
