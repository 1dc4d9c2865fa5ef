import { formatDocName, RefusalCode, WeSeeMessageType, decodeRefusalMessage } from '@wesee/shared'
import { expect, test } from 'vitest'
import { docUrl } from '../helpers/rawSocket.ts'
import { connectClient, testNote, type TestRecord } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { connectWiretap } from '../helpers/wiretap.ts'
import { joinWith } from '../revisit/revisitHelpers.ts'

const hash = 'b'.repeat(64)

function imageAsset(id: string, src: string): TestRecord {
  return {
    id: `asset:${id}`,
    typeName: 'asset',
    type: 'image',
    props: { w: 10, h: 10, name: 'x.png', isAnimated: false, mimeType: 'image/png', src },
    meta: {},
  }
}

function bookmark(id: string, url: string): TestRecord {
  const base = testNote({ id: `shape:${id}`, parentId: 'page:page', index: 'a3', x: 0, y: 0, text: '' })
  return { ...base, type: 'bookmark', props: { w: 300, h: 320, assetId: null, url } }
}

function embed(id: string, url: string): TestRecord {
  const base = testNote({ id: `shape:${id}`, parentId: 'page:page', index: 'a4', x: 0, y: 0, text: '' })
  return { ...base, type: 'embed', props: { w: 300, h: 300, url } }
}

test('pictures, bookmarks and embeds from another host are refused before anyone sees them; this server’s own pass', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const tap = await connectWiretap(
    docUrl(server.syncUrl, formatDocName({ boardId: board.id, kind: 'content' }), board.keys.viewer),
  )
  // The facilitator too: no one may make everyone's browser call another host.
  for (const key of [board.keys.participant, board.keys.facilitator]) {
    const person = await joinWith(server, board, { name: 'Pat' }, key)
    const client = connectClient(server.syncUrl, board.id, key, { token: person.token })
    const refused: string[] = []
    client.provider.messageHandlers[WeSeeMessageType.Refusal] = (_encoder, decoder) => {
      const refusal = decodeRefusalMessage(decoder.arr)
      if (refusal?.code === RefusalCode.NotThisServer) refused.push(...refusal.keys)
    }
    await client.waitSynced()
    const hostile = [
      imageAsset('evil', 'https://tracker.example/pixel.png'),
      imageAsset('relative-host', '//tracker.example/pixel.png'),
      imageAsset('data', 'data:image/png;base64,iVBORw0KGgo='),
      bookmark('link', 'https://tracker.example/'),
      embed('frame', 'https://tracker.example/embed'),
    ]
    client.doc.transact(() => {
      for (const record of hostile) client.kv.set(record.id, record)
      client.kv.set('asset:ours', imageAsset('ours', `/api/assets/${hash}`))
      client.kv.set('asset:library', imageAsset('library', '/pictures/1F68C.svg'))
    })
    await waitFor(() => refused.length === hostile.length, 'every hostile address refused')
    expect(refused.sort()).toEqual(hostile.map((r) => r.id).sort())
    await waitFor(() => hostile.every((r) => !client.kv.has(r.id)), 'the writer’s screen put back')
    expect(client.kv.has('asset:ours') && client.kv.has('asset:library')).toBe(true)
  }
  await tap.roundTrip()
  expect(tap.saw(({ value }) => JSON.stringify(value ?? null).includes('tracker.example'))).toBe(false)
  expect(tap.saw(({ value }) => JSON.stringify(value ?? null).includes('data:image'))).toBe(false)
})
