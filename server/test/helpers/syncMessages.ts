import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'

/** A sync step 1 of an empty doc: the server answers it with the whole doc. */
export function syncStep1OfEmptyDoc(): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  syncProtocol.writeSyncStep1(encoder, new Y.Doc())
  return encoding.toUint8Array(encoder)
}

/** True for a sync step 2 message (the answer to a step 1). */
export function isSyncStep2(message: Uint8Array): boolean {
  return message[0] === 0 && message[1] === syncProtocol.messageYjsSyncStep2
}
