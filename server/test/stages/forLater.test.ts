import { expect, test } from 'vitest'
import { forLater, forLaterFrameId, RefusalCode, WeSeeMessageType, decodeRefusalMessage } from '@wesee/shared'
import { createBoardFrom, framesOf } from '../helpers/stageCommands.ts'
import { connectClient } from '../helpers/syncClient.ts'
import { startTestServer, type TestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { authoredNote, joinWith } from '../revisit/revisitHelpers.ts'

async function summaryOf(server: TestServer, boardId: string, key: string, format: 'html' | 'md') {
  const response = await fetch(`${server.url}/api/boards/${boardId}/summary?format=${format}`, {
    headers: { authorization: `Bearer ${key}` },
  })
  expect(response.status).toBe(200)
  return response.text()
}

test('a participant may put notes in "For later"; the frame itself stays the facilitator\'s', async () => {
  const server = await startTestServer()
  const board = await createBoardFrom(server, 'exploration')
  const ana = await joinWith(server, board, { name: 'Annabel', credit: true })
  const client = connectClient(server.syncUrl, board.id, board.keys.participant, { token: ana.token })
  const refusals: Array<{ code: string; keys: string[] }> = []
  client.provider.messageHandlers[WeSeeMessageType.Refusal] = (_encoder, decoder) => {
    const refusal = decodeRefusalMessage(decoder.arr)
    if (refusal) refusals.push(refusal)
  }
  await client.waitSynced()
  const frame = client.kv.get(forLaterFrameId)!
  expect(frame).toMatchObject({ parentId: 'page:page', props: { name: forLater.title }, meta: {} })

  client.kv.set('shape:later', authoredNote('later', 'Parking at the library', null, forLaterFrameId))
  await waitFor(
    () => (client.kv.get('shape:later')?.meta as { authorId?: string }).authorId === ana.participantId,
    'the note credited to Annabel',
  )
  client.kv.set(forLaterFrameId, { ...frame, props: { ...(frame.props as object), name: 'Mine now' } })
  await waitFor(
    () => refusals.some((r) => r.code === RefusalCode.OnlyFacilitator && r.keys.includes(forLaterFrameId)),
    'the rename refused',
  )
  await waitFor(
    () => (client.kv.get(forLaterFrameId)?.props as { name: string }).name === 'For later',
    'put back',
  )
  expect(client.kv.has('shape:later')).toBe(true)
  expect(refusals.filter((r) => r.keys.includes('shape:later'))).toEqual([])
})

test('the summary lists the "For later" notes after the stages, and leaves the part out when empty', async () => {
  const server = await startTestServer()
  const board = await createBoardFrom(server, 'exploration')
  const empty = await summaryOf(server, board.id, board.keys.viewer, 'html')
  expect(empty).not.toContain('<h2>For later</h2>')
  expect(await summaryOf(server, board.id, board.keys.viewer, 'md')).not.toContain('## For later')

  const client = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  await client.waitSynced()
  client.doc.transact(() => {
    client.kv.set('shape:seen', authoredNote('seen', 'Buses are late', null, 'shape:frame-exploration-i-see'))
    client.kv.set('shape:later', authoredNote('later', 'Parking at the library', null, forLaterFrameId))
  })
  await client.roundTrip()

  const html = await summaryOf(server, board.id, board.keys.viewer, 'html')
  const heading = html.indexOf('<h2>For later</h2>')
  expect(heading).toBeGreaterThan(html.indexOf('Buses are late'))
  expect(html.indexOf('Parking at the library')).toBeGreaterThan(heading)
  // Not also listed as a frame the group made.
  expect(html).not.toContain('Other parts of the board')
  expect(html.match(/Parking at the library/g)).toHaveLength(1)

  const md = await summaryOf(server, board.id, board.keys.viewer, 'md')
  const mdHeading = md.indexOf('\n## For later\n')
  expect(mdHeading).toBeGreaterThan(md.indexOf('Buses are late'))
  expect(md.indexOf('Parking at the library')).toBeGreaterThan(mdHeading)
  expect(framesOf(client).filter((f) => f.id === forLaterFrameId)).toHaveLength(1)
})
