import { expect, test } from 'vitest'
import { createBoardOver } from '../helpers/api.ts'
import { startChildServer } from '../helpers/childServer.ts'
import {
  command,
  connectPrivate,
  joinPerson,
  privateNote,
  privateWritingOf,
  sharedNotesOf,
  waitForPrivateWriting,
  wordsOf,
  writeNotes,
  privateCountsOf,
} from '../helpers/privateWriting.ts'
import { connectControl } from '../helpers/stageCommands.ts'
import { connectClient } from '../helpers/syncClient.ts'
import { startTestServer, tempDataDir } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

test('private notes and counts survive a restart, and an offline writer’s notes are revealed from what the server kept', async () => {
  const first = await startTestServer()
  const board = await createBoardOver(first.url, 'Restart', { template: 'exploration' })
  const ada = await joinPerson(first.url, board, board.keys.participant, { name: 'Ada', avatar: '1F98A' })
  await command(first.url, board, { key: board.keys.facilitator }, { type: 'private.start' })
  const before = await connectPrivate(first.syncUrl, board, ada)
  await writeNotes(before, [privateNote('kept', 'Kept through a restart')])
  const control = await connectControl(first, board, board.keys.viewer)
  await waitForPrivateWriting(control.client.doc, (state) => state.writers === 1, 'counted')
  before.destroy()
  control.client.destroy()

  const second = await first.restart()
  // Ada comes back: her note is still hers, and only hers.
  const after = await connectPrivate(second.syncUrl, board, ada)
  expect(wordsOf(after.kv.get('shape:kept'))).toContain('Kept through a restart')
  const content = connectClient(second.syncUrl, board.id, board.keys.viewer)
  await content.waitSynced()
  expect(JSON.stringify(content.doc.toJSON())).not.toContain('Kept through a restart')
  const controlAfter = await connectControl(second, board, board.keys.viewer)
  expect(privateWritingOf(controlAfter.client.doc)).toMatchObject({
    active: true,
    writers: 1,
  })
  expect(await privateCountsOf(second.url, board)).toEqual({ [ada.participantId]: 1 })

  // She goes offline; the reveal still shares her note.
  after.destroy()
  expect(
    (await command(second.url, board, { key: board.keys.facilitator }, { type: 'private.reveal' })).status,
  ).toBe(200)
  await waitFor(() => sharedNotesOf(content).length === 1, 'revealed')
  expect(sharedNotesOf(content)[0]!.meta).toMatchObject({ authorId: ada.participantId, authorName: 'Ada' })
})

test('a private note the server has acknowledged survives kill -9', { timeout: 60_000 }, async () => {
  const dataDir = tempDataDir()
  const first = await startChildServer(dataDir)
  const board = await createBoardOver(first.url, 'Crash', { template: 'exploration' })
  const ada = await joinPerson(first.url, board, board.keys.participant, { name: 'Ada' })
  await command(first.url, board, { key: board.keys.facilitator }, { type: 'private.start' })
  const writer = await connectPrivate(first.syncUrl, board, ada)
  // roundTrip: the server has applied (and so stored) every update sent before it answers.
  await writeNotes(writer, [privateNote('one', 'Before the crash'), privateNote('two', 'Also before')])

  await first.kill('SIGKILL')
  expect(first.child.signalCode).toBe('SIGKILL')
  writer.destroy()

  const second = await startChildServer(dataDir)
  const back = await connectPrivate(second.syncUrl, board, ada)
  expect(wordsOf(back.kv.get('shape:one'))).toContain('Before the crash')
  expect(wordsOf(back.kv.get('shape:two'))).toContain('Also before')
  back.destroy()

  const content = connectClient(second.syncUrl, board.id, board.keys.viewer)
  await content.waitSynced()
  const revealed = await command(
    second.url,
    board,
    { key: board.keys.facilitator },
    { type: 'private.reveal' },
  )
  expect(revealed.body).toMatchObject({ revealed: 2 })
  await waitFor(() => sharedNotesOf(content).length === 2, 'both revealed after the crash')
})
