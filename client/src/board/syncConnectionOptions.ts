import type { WebsocketProvider } from 'y-websocket'
import { shouldReconnectAfter } from './connectionState.ts'

type ProviderOptions = NonNullable<ConstructorParameters<typeof WebsocketProvider>[3]>

/** The sub-protocol the WeSee server selects; the others only carry secrets. */
const weseeProtocol = 'wesee'

/** Characters a Sec-WebSocket-Protocol value may hold (an HTTP "token"). */
const protocolSafe = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/

/**
 * How every WeSee provider (board, control doc, private notes) connects:
 * the key and token go in the `Sec-WebSocket-Protocol` header
 * (`wesee`, `key.<key>`, `token.<token>`), never in the URL, so proxy and
 * server access logs do not record them. A secret that could not travel in
 * that header falls back to `?key=&token=`, which the server also accepts.
 * Tabs do not share updates behind the server's back (BroadcastChannel
 * off), and a close the server says is final is not retried.
 */
export function syncConnectionOptions(key: string, token: string | null): ProviderOptions {
  const secrets: Record<string, string> = token ? { key, token } : { key }
  const inHeader = Object.values(secrets).every((value) => protocolSafe.test(value))
  return {
    ...(inHeader
      ? { protocols: [weseeProtocol, ...Object.entries(secrets).map(([name, value]) => `${name}.${value}`)] }
      : { params: secrets }),
    disableBc: true,
    shouldReconnect: (event: CloseEvent) => shouldReconnectAfter(event.code),
  }
}
