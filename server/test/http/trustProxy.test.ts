import { formatDocName } from '@wesee/shared'
import { expect, test } from 'vitest'
import { configFromEnv } from '../../src/config.ts'
import { expectApiError, requestJson } from '../helpers/api.ts'
import { startChildServer } from '../helpers/childServer.ts'
import { docUrl, rawSocket } from '../helpers/rawSocket.ts'
import { startTestServer, tempDataDir } from '../helpers/testServer.ts'

const createWith = (url: string, forwardedFor: string) =>
  requestJson(`${url}/api/boards`, { body: { title: 'Board' }, headers: { 'x-forwarded-for': forwardedFor } })

test('TRUST_PROXY=true is refused at start-up with a plain message', async () => {
  expect(() => configFromEnv({ TRUST_PROXY: 'true' })).toThrow(/number of proxies in front of WeSee/)
  await expect(startChildServer(tempDataDir(), { TRUST_PROXY: 'true' })).rejects.toThrow(
    /WeSee cannot start: TRUST_PROXY=true would let any visitor choose the address/,
  )
  expect(configFromEnv({ TRUST_PROXY: '1' }).trustProxy).toBe(1)
  expect(configFromEnv({ TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback')
  expect(configFromEnv({ TRUST_PROXY: '0' }).trustProxy).toBe(false)
})

test('without TRUST_PROXY, X-Forwarded-For is ignored: a client cannot pick its own address', async () => {
  const { url } = await startTestServer({ limits: { maxBoardsPerIpPerMinute: 2 } })
  expect((await createWith(url, '1.1.1.1')).status).toBe(201)
  expect((await createWith(url, '2.2.2.2')).status).toBe(201)
  expectApiError(await createWith(url, '3.3.3.3'), 429, 'too_many')
})

test('with one trusted hop, only the address the proxy added counts, whatever the client put before it', async () => {
  const { url } = await startTestServer({ trustProxy: 1, limits: { maxBoardsPerIpPerMinute: 2 } })
  // The proxy appends the real client (10.0.0.5); the client made up the rest.
  expect((await createWith(url, 'made-up-1, 10.0.0.5')).status).toBe(201)
  expect((await createWith(url, 'made-up-2, 10.0.0.5')).status).toBe(201)
  expectApiError(await createWith(url, 'made-up-3, 10.0.0.5'), 429, 'too_many')
  // Another real client behind the same proxy has its own allowance.
  expect((await createWith(url, '10.0.0.6')).status).toBe(201)
})

test('sync sockets are counted per address with the same trust', async () => {
  const server = await startTestServer({ trustProxy: 1, limits: { maxSocketsPerAddressPerDoc: 1 } })
  const board = await server.createBoard()
  const url = docUrl(server.syncUrl, formatDocName({ boardId: board.id, kind: 'content' }), board.keys.viewer)
  const from = (forwardedFor: string) =>
    rawSocket(url, { headers: { 'x-forwarded-for': forwardedFor } }).outcome
  expect(await from('made-up-1, 10.0.0.5')).toBe('accepted')
  expect(await from('made-up-2, 10.0.0.5')).not.toBe('accepted')
  expect(await from('10.0.0.6')).toBe('accepted')
})
