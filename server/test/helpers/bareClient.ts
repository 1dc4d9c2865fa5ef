import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { decodeRefusalMessage, formatDocName, WeSeeMessageType, type RefusalMessage } from '@wesee/shared'
import { onTestFinished } from 'vitest'
import { providerOptions, roundTrip, waitSynced, type SyncClient } from './syncClient.ts'
import { waitFor } from './waitFor.ts'

/** Collects the refusal messages a provider receives, as the WeSee client handles them. */
export function collectRefusals(provider: WebsocketProvider): RefusalMessage[] {
  const refusals: RefusalMessage[] = []
  provider.messageHandlers[WeSeeMessageType.Refusal] = (_encoder, decoder) => {
    const refusal = decodeRefusalMessage(decoder.arr)
    if (refusal) refusals.push(refusal)
  }
  return refusals
}

export interface BareClient extends Omit<SyncClient, 'kv' | 'seenKeys'> {
  /** Refusal messages the server sent this client. */
  refusals: RefusalMessage[]
  /** Waits for a refusal with this code and returns it. */
  refusal(code: string): Promise<RefusalMessage>
}

/**
 * A stock y-websocket client with no YKeyValue on its doc, for writing what
 * the WeSee client never would (a `null` entry, a junk root type): a
 * YKeyValue would throw on such entries in this process. It listens for
 * WeSee's refusal messages the way the WeSee client does.
 */
export function connectBareClient(
  syncUrl: string,
  boardId: string,
  key: string,
  { docName = formatDocName({ boardId, kind: 'content' }), token }: { docName?: string; token?: string } = {},
): BareClient {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(syncUrl, docName, doc, providerOptions(key, token))
  const refusals = collectRefusals(provider)
  const destroy = () => {
    provider.destroy()
    doc.destroy()
  }
  onTestFinished(destroy)
  return {
    doc,
    provider,
    refusals,
    waitSynced: () => waitSynced(provider),
    roundTrip: () => roundTrip(provider),
    refusal: async (code: string) => {
      await waitFor(() => refusals.some((r) => r.code === code), `a refusal ${code}`)
      return refusals.find((r) => r.code === code) as RefusalMessage
    },
    destroy,
  }
}
