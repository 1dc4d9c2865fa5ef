import { closeCodeName, shouldRetryAfterClose } from '@wesee/shared'
import { text as screenText, type Text } from '../text.ts'

/** What the connection indicator shows. */
export type ConnectionState =
  | { kind: 'connecting' }
  | { kind: 'connected' }
  /** `code`: why the server closed it last, when it said (e.g. the board is full). */
  | { kind: 'reconnecting'; code?: number }
  | { kind: 'offline' }
  | { kind: 'refused'; code: number }

/** Plain words for a connection state. */
export function describeConnection(state: ConnectionState, text: Text = screenText): string {
  switch (state.kind) {
    case 'connecting':
      return text.status.reconnecting
    case 'reconnecting':
      return state.code === undefined ? text.status.reconnecting : describeClose(state.code, text)
    case 'connected':
      return text.status.connected
    case 'offline':
      return text.status.offline
    case 'refused':
      return describeClose(state.code, text)
  }
}

/**
 * Plain words for why the server closed the connection, from shared's
 * table of close codes; a close the server did not explain (a dropped
 * network) is just "Reconnecting…".
 */
export function describeClose(code: number, text: Text = screenText): string {
  const name = closeCodeName(code)
  return name ? text.closeReasons[name] : text.status.reconnecting
}

/** Whether to connect again after this close (the table says, for the server's own codes). */
export function shouldReconnectAfter(code: number): boolean {
  return shouldRetryAfterClose(code)
}

/**
 * True when the server closed with one of its own reasons worth showing (not
 * a plain network drop): its 4xxx codes, and a restart, so the person reads
 * "The server is restarting" rather than a bare "Reconnecting…" while it is away.
 */
export function isExplainedClose(code: number): boolean {
  const name = closeCodeName(code)
  return name !== null && (code >= 4000 || name === 'ServerRestarting')
}
