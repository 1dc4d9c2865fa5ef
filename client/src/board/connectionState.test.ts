import { closeCodeTable, CloseCode, type CloseCodeName } from '@wesee/shared'
import { expect, test } from 'vitest'
import { text } from '../text.ts'
import {
  describeClose,
  describeConnection,
  isExplainedClose,
  shouldReconnectAfter,
} from './connectionState.ts'

test('every close code the server sends has its own plain words', () => {
  const names = Object.keys(closeCodeTable) as CloseCodeName[]
  for (const name of names) {
    const words = describeClose(closeCodeTable[name].code)
    expect(words).toBe(text.closeReasons[name])
    expect(words.length).toBeGreaterThan(10)
  }
  // No two codes share words, so the person can tell what happened.
  expect(new Set(names.map((name) => text.closeReasons[name])).size).toBe(names.length)
})

test('the words people see for the refusals they can meet', () => {
  expect(describeConnection({ kind: 'refused', code: CloseCode.Unauthorized })).toBe(
    'This link does not work any more. Ask the facilitator for a new link.',
  )
  expect(describeConnection({ kind: 'reconnecting', code: CloseCode.BoardFull })).toBe(
    'This board is full. We will let you in when someone leaves.',
  )
  expect(describeConnection({ kind: 'reconnecting', code: CloseCode.TooManyOpen })).toMatch(/too many tabs/)
  expect(describeConnection({ kind: 'reconnecting', code: CloseCode.TooSlow })).toMatch(/too slow/)
  // A dropped network, without a reason from the server.
  expect(describeConnection({ kind: 'reconnecting' })).toBe(text.status.reconnecting)
  expect(describeClose(1006)).toBe(text.status.reconnecting)
})

test('what is retried follows the table: a wrong link is final, a full board is not', () => {
  expect(shouldReconnectAfter(CloseCode.Unauthorized)).toBe(false)
  expect(shouldReconnectAfter(CloseCode.NotFound)).toBe(false)
  expect(shouldReconnectAfter(CloseCode.BoardFull)).toBe(true)
  expect(shouldReconnectAfter(CloseCode.TooSlow)).toBe(true)
  expect(shouldReconnectAfter(1006)).toBe(true)
  expect(isExplainedClose(CloseCode.BoardFull)).toBe(true)
  expect(isExplainedClose(1006)).toBe(false)
})

test('a server that is stopping says so while the client reconnects', () => {
  expect(shouldReconnectAfter(CloseCode.ServerRestarting)).toBe(true)
  expect(isExplainedClose(CloseCode.ServerRestarting)).toBe(true)
  expect(describeConnection({ kind: 'reconnecting', code: CloseCode.ServerRestarting })).toBe(
    'The server is restarting. We will connect again in a moment.',
  )
  // "Please connect again" is a quiet resync, not news for the person.
  expect(isExplainedClose(CloseCode.ConnectAgain)).toBe(false)
})
