import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'

export type DeleteSet = ReturnType<typeof Y.createDeleteSet>

/**
 * Encodes what a doc gained since `before` (a state vector) as one update:
 * the structs added since then and the deletions of this step only.
 *
 * `Y.encodeStateAsUpdate(doc, before)` would carry the same structs but the
 * doc's whole delete set (every deletion ever, on every keystroke).
 * `Y.mergeUpdates` of the client's update and the server's correction would
 * still carry the refused content. Here the structs come from the doc after
 * the correction, where Yjs has already garbage-collected deleted content, so
 * a refused record never leaves the server. This mirrors Yjs's own
 * `writeClientsStructs` and `writeDeleteSet` (update format v1).
 *
 * Returns null when nothing changed.
 */
export function encodeNetUpdate(
  doc: Y.Doc,
  before: Map<number, number>,
  deleteSets: readonly DeleteSet[],
): Uint8Array | null {
  const grown: Array<[client: number, clock: number]> = []
  for (const [client, structs] of doc.store.clients) {
    const last = structs[structs.length - 1]
    if (!last) continue
    const from = before.get(client) ?? 0
    if (last.id.clock + last.length > from) grown.push([client, from])
  }
  const deletions = Y.mergeDeleteSets([...deleteSets])
  // A hostile update can leave zero-length deletions in a transaction's set;
  // Yjs on the receiving side throws on those, so they never go out.
  for (const [client, items] of [...deletions.clients]) {
    const real = items.filter((item) => item.len > 0)
    if (real.length === 0) deletions.clients.delete(client)
    else deletions.clients.set(client, real)
  }
  if (grown.length === 0 && deletions.clients.size === 0) return null

  const encoder = new Y.UpdateEncoderV1()
  encoding.writeVarUint(encoder.restEncoder, grown.length)
  // Higher client ids first, as Yjs writes them.
  for (const [client, from] of grown.sort((a, b) => b[0] - a[0])) {
    const structs = doc.store.clients.get(client) as Array<Y.Item | Y.GC>
    const clock = Math.max(from, structs[0]!.id.clock)
    const start = Y.findIndexSS(structs, clock)
    encoding.writeVarUint(encoder.restEncoder, structs.length - start)
    encoder.writeClient(client)
    encoding.writeVarUint(encoder.restEncoder, clock)
    const first = structs[start]!
    first.write(encoder, clock - first.id.clock)
    for (let i = start + 1; i < structs.length; i++) structs[i]!.write(encoder, 0)
  }
  encoding.writeVarUint(encoder.restEncoder, deletions.clients.size)
  for (const [client, items] of [...deletions.clients.entries()].sort((a, b) => b[0] - a[0])) {
    encoder.resetDsCurVal()
    encoding.writeVarUint(encoder.restEncoder, client)
    encoding.writeVarUint(encoder.restEncoder, items.length)
    for (const item of items) {
      encoder.writeDsClock(item.clock)
      encoder.writeDsLen(item.len)
    }
  }
  return encoder.toUint8Array()
}

/** A doc's state vector as a map (client → next clock). */
export function stateVectorOf(doc: Y.Doc): Map<number, number> {
  const vector = new Map<number, number>()
  for (const [client, structs] of doc.store.clients) {
    const last = structs[structs.length - 1]
    if (last) vector.set(client, last.id.clock + last.length)
  }
  return vector
}

/**
 * Every struct the doc gained since `before`, with the offset where its new
 * part starts: Yjs merges a client's new item into its older neighbour of
 * the same client, so the first one may begin with content from before.
 */
export function* structsSince(
  doc: Y.Doc,
  before: Map<number, number>,
): Generator<{ struct: Y.Item | Y.GC; offset: number }> {
  for (const [client, structs] of doc.store.clients) {
    const from = before.get(client) ?? 0
    const last = structs[structs.length - 1]
    if (!last || last.id.clock + last.length <= from) continue
    const first = structs[0]!
    const start = Y.findIndexSS(structs, Math.max(from, first.id.clock))
    for (let i = start; i < structs.length; i++) {
      const struct = structs[i]!
      yield { struct, offset: Math.max(0, from - struct.id.clock) }
    }
  }
}
