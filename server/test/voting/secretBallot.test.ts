import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import type { RawData, WebSocket } from 'ws'
import { expect, onTestFinished, test } from 'vitest'
import { controlStateMapName, formatDocName, readControlSnapshot, type JoinedBoard } from '@wesee/shared'
import { requestJson, type JsonResponse } from '../helpers/api.ts'
import { providerOptions } from '../helpers/syncClient.ts'
import { startTestServer, type TestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { votingBoard, type VotingBoard } from '../helpers/voting.ts'

/** A participant's own connection to a doc, keeping every frame the server sent it. */
interface CapturedConnection {
  doc: Y.Doc
  frames: Uint8Array[]
  synced(): Promise<void>
  /** Resolves once the server has sent everything it sent before a fresh sync step 1 of ours. */
  roundTrip(): Promise<void>
}

function connectCapturing(
  server: TestServer,
  vb: VotingBoard,
  person: JoinedBoard,
  kind: 'content' | 'control',
): CapturedConnection {
  const doc = new Y.Doc()
  const docName = formatDocName({ boardId: vb.board.id, kind })
  const provider = new WebsocketProvider(server.syncUrl, docName, doc, {
    ...providerOptions(vb.board.keys.participant),
    params: { key: vb.board.keys.participant, token: person.token },
  })
  const frames: Uint8Array[] = []
  // The socket exists as soon as the provider does; listen before anything arrives.
  const socket = provider.ws as unknown as WebSocket
  socket.on('message', (data: RawData) => {
    frames.push(Array.isArray(data) ? new Uint8Array(Buffer.concat(data)) : new Uint8Array(data as Buffer))
  })
  onTestFinished(() => {
    provider.destroy()
    doc.destroy()
  })
  return {
    doc,
    frames,
    synced: () => waitFor(() => provider.synced, `${kind} sync`),
    async roundTrip() {
      const before = frames.length
      const encoder = encoding.createEncoder()
      encoding.writeVarUint(encoder, 0)
      syncProtocol.writeSyncStep1(encoder, doc)
      socket.send(encoding.toUint8Array(encoder))
      // The server answers one socket's messages in order.
      await waitFor(
        () => frames.slice(before).some((frame) => frame[0] === 0 && frame[1] === 1),
        'the answer',
      )
    },
  }
}

/**
 * The Yjs updates inside the sync frames, in the order they arrived: sync
 * answers and broadcasts, or only broadcasts (changes pushed to everyone).
 */
function updatesIn(frames: readonly Uint8Array[], only?: 'broadcasts'): Uint8Array[] {
  const updates: Uint8Array[] = []
  for (const frame of frames) {
    const decoder = decoding.createDecoder(frame)
    if (decoding.readVarUint(decoder) !== 0) continue // awareness frames carry no doc state
    const type = decoding.readVarUint(decoder)
    const wanted =
      type === syncProtocol.messageYjsUpdate ||
      (only === undefined && type === syncProtocol.messageYjsSyncStep2)
    if (wanted) updates.push(decoding.readVarUint8Array(decoder))
  }
  return updates
}

const utf8 = new TextDecoder('utf-8', { fatal: false })
const frameText = (frame: Uint8Array) => utf8.decode(frame)

/** What everyone may see of a vote while its results are hidden. */
const publicVoteKeys = [
  'allowSameNoteTwice',
  'anonymous',
  'endedAt',
  'frameId',
  'id',
  'results',
  'revealed',
  'revealedAt',
  'shapeIds',
  'startedAt',
  'status',
  'tally',
  'title',
  'voterCount',
  'votesPerPerson',
]

/** A JSON answer without the people list (whose ids everyone may see). */
function withoutProfiles(response: JsonResponse): string {
  const body = structuredClone(response.body) as Record<string, unknown>
  const state = (body.state ?? body) as Record<string, unknown>
  delete state.participants
  return JSON.stringify(body)
}

test('while results are hidden, nothing another participant receives holds a count per note or who voted', async () => {
  const server = await startTestServer()
  const vb = await votingBoard(server)
  const [sam, pat] = [await vb.join('Sam'), await vb.join('Pat')]

  // Pat's browser: both docs, with every frame kept from the first byte.
  const patControl = connectCapturing(server, vb, pat, 'control')
  const patContent = connectCapturing(server, vb, pat, 'content')
  await Promise.all([patControl.synced(), patContent.synced()])
  // Pat arriving updates Pat's profile; let that settle before watching.
  await waitFor(
    () =>
      readControlSnapshot(patControl.doc).participants.some((p) => p.id === pat.participantId && p.present),
    'Pat to be here',
  )
  const patHttp: JsonResponse[] = []
  const atStart = { control: patControl.frames.length, content: patContent.frames.length }

  await vb.command({ type: 'vote.start', votesPerPerson: 3 })
  await waitFor(() => readControlSnapshot(patControl.doc).vote !== null, 'the vote to reach Pat')
  // Sam votes, changes their mind and votes again; Pat votes once.
  await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[0] })
  await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[1] })
  await vb.as(sam, { type: 'vote.retract', shapeId: vb.notes[1] })
  await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[3] })
  await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[0] }) // refused: once per note
  patHttp.push(await vb.as(pat, { type: 'vote.cast', shapeId: vb.notes[3] }))
  await vb.command({ type: 'vote.end' })
  patHttp.push(await vb.mine(pat))
  patHttp.push(
    await requestJson(`${server.url}/api/boards/${vb.board.id}/control`, { key: vb.board.keys.participant }),
  )
  await waitFor(() => readControlSnapshot(patControl.doc).vote?.status === 'ended', 'the end to reach Pat')

  // Replay every update Pat received, one by one: no state ever had counts or voters.
  const replay = new Y.Doc()
  const statesSeen: string[] = []
  for (const update of updatesIn(patControl.frames)) {
    Y.applyUpdate(replay, update)
    const vote = readControlSnapshot(replay).vote
    if (!vote) continue
    expect(Object.keys(vote).sort()).toEqual(publicVoteKeys)
    expect(vote.tally).toBeNull()
    expect(vote.revealed).toBe(false)
    expect(vote.revealedAt).toBeNull()
    statesSeen.push(JSON.stringify(vote))
  }
  expect(statesSeen.length).toBeGreaterThan(1)
  expect(JSON.parse(statesSeen.at(-1)!)).toMatchObject({ status: 'ended', voterCount: 2 })
  // Nothing but the known sections was ever written.
  expect([...replay.getMap(controlStateMapName).keys()].sort()).toEqual(
    [...patControl.doc.getMap(controlStateMapName).keys()].sort(),
  )

  // Byte for byte: after the vote began, no frame on either doc names a voter.
  const sinceStart = [
    ...patControl.frames.slice(atStart.control),
    ...patContent.frames.slice(atStart.content),
  ]
  expect(sinceStart.length).toBeGreaterThan(0)
  for (const frame of sinceStart) {
    const text = frameText(frame)
    for (const id of [sam.participantId, pat.participantId, vb.facilitator.participantId]) {
      expect(text).not.toContain(id)
    }
    expect(text).not.toContain('voters')
  }
  // The content doc carries nothing about the vote at all.
  await patContent.roundTrip()
  expect(updatesIn(patContent.frames.slice(atStart.content), 'broadcasts')).toEqual([])

  // Pat's HTTP answers: only Pat's own votes, and no counts or other voters.
  const [patCast, patMine, patControlRead] = patHttp
  expect(patCast?.status).toBe(200)
  expect((patCast?.body as { mine: unknown }).mine).toEqual({
    voteId: expect.any(String),
    participantId: pat.participantId,
    votesPerPerson: 3,
    votesLeft: 2,
    votes: { [vb.notes[3]!]: 1 },
  })
  expect(patMine?.body).toMatchObject({ participantId: pat.participantId, votes: { [vb.notes[3]!]: 1 } })
  for (const response of patHttp) {
    const body = withoutProfiles(response!)
    expect(body).not.toContain(sam.participantId)
    expect(body).not.toContain('voters')
  }
  for (const response of [patCast, patControlRead])
    expect(withoutProfiles(response!)).toContain('"tally":null')
  expect((patControlRead?.body as { vote: { voterCount: number } }).vote.voterCount).toBe(2)
  // The server's own copy agrees: the ballots live only in the store.
  const room = server.server.registry.get(formatDocName({ boardId: vb.board.id, kind: 'control' }))
  expect(JSON.stringify(room && readControlSnapshot(room.doc).vote)).not.toContain(sam.participantId)
})

test('a second vote by someone who has already voted sends nobody anything while results are hidden', async () => {
  const server = await startTestServer()
  const vb = await votingBoard(server)
  const [sam, pat] = [await vb.join('Sam'), await vb.join('Pat')]
  const patControl = connectCapturing(server, vb, pat, 'control')
  await patControl.synced()
  await vb.command({ type: 'vote.start' })
  await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[0] })
  await waitFor(() => readControlSnapshot(patControl.doc).vote?.voterCount === 1, 'one voter')
  const broadcastsBefore = updatesIn(patControl.frames, 'broadcasts').length

  expect((await vb.as(sam, { type: 'vote.cast', shapeId: vb.notes[1] })).status).toBe(200)
  expect((await vb.as(sam, { type: 'vote.retract', shapeId: vb.notes[1] })).status).toBe(200)
  await patControl.roundTrip()
  expect(updatesIn(patControl.frames, 'broadcasts').length).toBe(broadcastsBefore)
  expect(readControlSnapshot(patControl.doc).vote?.voterCount).toBe(1)
})
