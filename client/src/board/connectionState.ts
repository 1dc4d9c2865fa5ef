import { CloseCode } from '@wesee/shared'
import { text } from '../text.ts'

/** What the connection indicator shows. */
export type ConnectionState =
  | { kind: 'connecting' }
  | { kind: 'connected' }
  | { kind: 'reconnecting' }
  | { kind: 'offline' }
  | { kind: 'refused'; code: number }

/** Plain words for a connection state. */
export function describeConnection(state: ConnectionState): string {
  switch (state.kind) {
    case 'connecting':
    case 'reconnecting':
      return text.status.reconnecting
    case 'connected':
      return text.status.connected
    case 'offline':
      return text.status.offline
    case 'refused':
      return describeRefusal(state.code)
  }
}

/** Plain words for why the server closed the connection. */
export function describeRefusal(code: number): string {
  switch (code) {
    case CloseCode.Unauthorized:
      return text.status.wrongKey
    case CloseCode.Forbidden:
      return text.status.notAllowed
    case CloseCode.NotFound:
      return text.status.notFound
    case CloseCode.TooLarge:
      return text.status.tooLarge
    case CloseCode.TooMany:
      return text.status.tooMany
    default:
      return text.status.reconnecting
  }
}

/** The server says "don't come back" with 44xx codes, except "too busy", worth retrying. */
export function shouldReconnectAfter(code: number): boolean {
  if (code === CloseCode.TooMany) return true
  return !(code >= 4400 && code < 4500)
}
