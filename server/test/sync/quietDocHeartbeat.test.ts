import { formatDocName } from '@wesee/shared'
import { expect, test } from 'vitest'
import { joinAs } from '../helpers/stageCommands.ts'
import { connectClient, type SyncClient } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

/**
 * A stock y-websocket client closes and reopens a socket that has heard
 * nothing for 30 seconds; its only sign of life on a quiet doc is its
 * presence, renewed every 15. On the docs that show no presence (control,
 * private) the server used to drop that and say nothing, so every quiet
 * control and private socket reconnected every 30 seconds (the cluster
 * soak counted them). Now the server answers each one.
 */
test('a socket on a doc without presence hears an answer to its presence renewal', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const sam = await joinAs(server, board, board.keys.participant, 'Sam')
  const control = connectClient(server.syncUrl, board.id, board.keys.participant, {
    docName: formatDocName({ boardId: board.id, kind: 'control' }),
    token: sam.token,
  })
  const notes = connectClient(server.syncUrl, board.id, board.keys.participant, {
    docName: formatDocName({ boardId: board.id, kind: 'private', participantId: sam.participantId }),
    token: sam.token,
  })
  const viewer = connectClient(server.syncUrl, board.id, board.keys.viewer)
  await Promise.all([control.waitSynced(), notes.waitSynced(), viewer.waitSynced()])

  const heardBack = async (client: SyncClient, what: string) => {
    const before = client.provider.wsLastMessageReceived
    await new Promise((resolve) => setTimeout(resolve, 5))
    // What y-websocket's awareness does every 15 seconds.
    client.provider.awareness.setLocalState({})
    await waitFor(() => client.provider.wsLastMessageReceived > before, `${what} to hear an answer`)
  }
  await heardBack(control, 'the control doc')
  await heardBack(notes, 'the private doc')
  // A viewer on the board shows no presence either.
  await heardBack(viewer, "the viewer's board")
  expect(control.provider.wsconnected && notes.provider.wsconnected).toBe(true)
})
