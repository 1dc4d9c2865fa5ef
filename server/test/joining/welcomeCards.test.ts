import type { JoinedBoard } from '@wesee/shared'
import { describe, expect, it } from 'vitest'
import { requestJson } from '../helpers/api.ts'
import { createBoardFrom, sendCommand } from '../helpers/stageCommands.ts'
import { connectClient, type SyncClient } from '../helpers/syncClient.ts'
import { startTestServer, type TestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

const welcomeFrame = 'shape:frame-engagement-welcome'

interface CardRecord {
  id: string
  type: string
  parentId: string
  x: number
  y: number
  props: { picture: { src: string; name: string }; text: string; w: number; h: number }
}

function cards(client: SyncClient): CardRecord[] {
  return [...client.kv.map.values()]
    .map(({ val }) => val as unknown as CardRecord & { meta?: { welcomeFor?: string } })
    .filter((record) => record.meta?.welcomeFor !== undefined)
}

async function join(server: TestServer, boardId: string, key: string, body: unknown): Promise<JoinedBoard> {
  return (await requestJson(`${server.url}/api/boards/${boardId}/participants`, { body, key }))
    .body as JoinedBoard
}

describe('the Welcome frame: a card per person', () => {
  it('adds a card with each person’s picture and name (or the neutral label), side by side', async () => {
    const server = await startTestServer()
    const board = await createBoardFrom(server, 'engagement')
    const viewer = connectClient(server.syncUrl, board.id, board.keys.viewer)
    await viewer.waitSynced()
    await join(server, board.id, board.keys.participant, { name: 'Sam', avatar: '1F431' })
    await join(server, board.id, board.keys.participant, { anonymous: true, avatar: '1F98A' })
    await waitFor(() => cards(viewer).length === 2, 'two welcome cards')

    const [sam, someone] = cards(viewer).sort((a, b) => a.x - b.x)
    expect(sam).toMatchObject({
      type: 'picture-note',
      parentId: welcomeFrame,
      props: { text: 'Sam', picture: { src: '/pictures/1F431.svg', name: 'Cat' } },
    })
    expect(someone?.props.text).toBe('Someone (Fox)')
    // Side by side, not on top of each other.
    expect(someone!.x).toBeGreaterThanOrEqual(sam!.x + sam!.props.w)
  })

  it('follows a change of picture or name, and adds nothing on boards without the Welcome frame', async () => {
    const server = await startTestServer()
    const board = await createBoardFrom(server, 'engagement')
    const viewer = connectClient(server.syncUrl, board.id, board.keys.viewer)
    await viewer.waitSynced()
    const jo = await join(server, board.id, board.keys.participant, { name: 'Jo', avatar: '1F431' })
    await waitFor(() => cards(viewer).length === 1, 'Jo’s card')
    const changed = await sendCommand(
      server,
      board,
      board.keys.participant,
      { type: 'profile.update', name: 'Joanne', avatar: '1F41D' },
      jo.token,
    )
    expect(changed.status).toBe(200)
    await waitFor(() => cards(viewer)[0]?.props.text === 'Joanne', 'the new name on the card')
    expect(cards(viewer)).toHaveLength(1)
    expect(cards(viewer)[0]?.props.picture.name).toBe('Bee')

    const blank = await server.createBoard('No welcome')
    const blankViewer = connectClient(server.syncUrl, blank.id, blank.keys.viewer)
    await blankViewer.waitSynced()
    await join(server, blank.id, blank.keys.participant, { name: 'Pat' })
    await blankViewer.roundTrip()
    expect(cards(blankViewer)).toHaveLength(0)
  })
})
