import { expect, test } from 'vitest'
import type { RestoredVersion, VersionInfo, VersionList, VersionPreview } from '@wesee/shared'
import { expectApiError, requestJson } from '../helpers/api.ts'
import { connectControl, createBoardFrom, sendCommand } from '../helpers/stageCommands.ts'
import { connectClient, recordsJson } from '../helpers/syncClient.ts'
import { startTestServer, type TestServer } from '../helpers/testServer.ts'
import { votingBoard } from '../helpers/voting.ts'
import { waitFor } from '../helpers/waitFor.ts'
import type { CreatedBoard } from '@wesee/shared'
import { authoredNote } from './revisitHelpers.ts'
import {
  command as privateCommand,
  connectPrivate,
  joinPerson,
  privateNote,
  writeNotes,
} from '../helpers/privateWriting.ts'

function versionsUrl(server: TestServer, board: CreatedBoard, rest = ''): string {
  return `${server.url}/api/boards/${board.id}/versions${rest}`
}

async function listVersions(server: TestServer, board: CreatedBoard): Promise<VersionInfo[]> {
  const response = await requestJson(versionsUrl(server, board), { key: board.keys.facilitator })
  expect(response.status).toBe(200)
  return (response.body as VersionList).versions
}

test('moving the stage saves a version named after the step', async () => {
  const server = await startTestServer()
  const board = await createBoardFrom(server, 'exploration')
  expect(await listVersions(server, board)).toEqual([])
  const moved = await sendCommand(server, board, board.keys.facilitator, {
    type: 'stage.set',
    stage: 'exploration',
    step: 'you-see',
  })
  expect(moved.status).toBe(200)
  const versions = await listVersions(server, board)
  expect(versions).toHaveLength(1)
  expect(versions[0]).toMatchObject({ trigger: 'stage', name: 'What do you see?' })
  expect(versions[0]!.size).toBeGreaterThan(0)
  // A refused stage change saves nothing.
  await sendCommand(server, board, board.keys.facilitator, { type: 'stage.set', stage: 'embedding' })
  expect(await listVersions(server, board)).toHaveLength(1)
})

test('revealing a vote saves a version that holds the results', async () => {
  const server = await startTestServer()
  const voting = await votingBoard(server)
  const { board } = voting
  expect((await voting.command({ type: 'vote.start' })).status).toBe(200)
  const sam = await voting.join('Sam')
  expect((await voting.as(sam, { type: 'vote.cast', shapeId: voting.notes[1] })).status).toBe(200)
  expect((await voting.command({ type: 'vote.reveal' })).status).toBe(200)
  const versions = await listVersions(server, board)
  const reveal = versions.find((v) => v.trigger === 'vote-reveal')
  expect(reveal, JSON.stringify(versions)).toBeDefined()
  const preview = await requestJson(versionsUrl(server, board, `/${reveal!.id}`), {
    key: board.keys.facilitator,
  })
  const vote = (preview.body as VersionPreview).control.vote as { revealed: boolean; tally: unknown }
  expect(vote.revealed).toBe(true)
  expect(vote.tally).not.toBeNull()
})

test('"Save a version" keeps a named version; names are checked; only the facilitator may', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const saved = await requestJson(versionsUrl(server, board), {
    body: { name: '  End of first meeting ' },
    key: board.keys.facilitator,
  })
  expect(saved.status).toBe(201)
  expect(saved.body).toMatchObject({ trigger: 'manual', name: 'End of first meeting' })
  expect((await listVersions(server, board)).map((v) => v.name)).toEqual(['End of first meeting'])

  const key = board.keys.facilitator
  expectApiError(
    await requestJson(versionsUrl(server, board), { body: { name: '' }, key }),
    400,
    'bad_request',
  )
  expectApiError(
    await requestJson(versionsUrl(server, board), { body: { name: 42 }, key }),
    400,
    'bad_request',
  )
  expectApiError(
    await requestJson(versionsUrl(server, board), { body: { name: 'x'.repeat(81) }, key }),
    400,
    'bad_request',
  )
  expectApiError(
    await requestJson(versionsUrl(server, board), { rawBody: '{"name": ', key }),
    400,
    'invalid_json',
  )
  for (const other of [board.keys.participant, board.keys.viewer]) {
    expectApiError(
      await requestJson(versionsUrl(server, board), { body: { name: 'Mine' }, key: other }),
      403,
      'forbidden',
    )
    expectApiError(await requestJson(versionsUrl(server, board), { key: other }), 403, 'forbidden')
  }
  expectApiError(await requestJson(versionsUrl(server, board, '/nope'), { key }), 404, 'not_found')
  expectApiError(
    await requestJson(versionsUrl(server, board, '/nope/restore'), { body: {}, key }),
    404,
    'not_found',
  )
  expect(await listVersions(server, board)).toHaveLength(1)
})

test('restoring changes the board live for everyone, and keeps the present as a version first', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const writer = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  const watcher = connectClient(server.syncUrl, board.id, board.keys.viewer)
  await Promise.all([writer.waitSynced(), watcher.waitSynced()])
  writer.kv.set('shape:keep', authoredNote('keep', 'Keep me', null))
  writer.kv.set('shape:edit', authoredNote('edit', 'First words', null))
  await writer.roundTrip()
  const then = recordsJson(writer.doc)
  const saved = await requestJson(versionsUrl(server, board), {
    body: { name: 'Before the changes' },
    key: board.keys.facilitator,
  })
  const version = saved.body as VersionInfo

  // The present moves on: one note changed, one added, one removed.
  writer.doc.transact(() => {
    writer.kv.set('shape:edit', authoredNote('edit', 'Changed words', null))
    writer.kv.set('shape:new', authoredNote('new', 'Added later', null))
    writer.kv.delete('shape:keep')
  })
  await writer.roundTrip()
  await waitFor(() => recordsJson(watcher.doc) === recordsJson(writer.doc), 'the watcher to catch up')
  const present = recordsJson(writer.doc)

  const restore = await requestJson(versionsUrl(server, board, `/${version.id}/restore`), {
    body: {},
    key: board.keys.facilitator,
  })
  expect(restore.status).toBe(200)
  const { restored, saved: kept } = restore.body as RestoredVersion
  expect(restored.id).toBe(version.id)
  expect(kept.trigger).toBe('before-restore')

  // Everyone connected sees the old board, without reconnecting.
  await waitFor(() => recordsJson(watcher.doc) === then, 'the watcher to see the restored board')
  await waitFor(() => recordsJson(writer.doc) === then, 'the writer to see the restored board')

  // The present was kept: its preview holds exactly what the board had.
  const keptPreview = await requestJson(versionsUrl(server, board, `/${kept.id}`), {
    key: board.keys.facilitator,
  })
  const keptRecords = (keptPreview.body as VersionPreview).records as Array<{ id: string }>
  expect(JSON.stringify(keptRecords.map((r) => [r.id, r]))).toBe(present)

  // The control doc says so, for everyone to hear.
  const control = await connectControl(server, board, board.keys.viewer)
  expect(control.snapshot().versionRestored).toMatchObject({
    versionId: version.id,
    name: 'Before the changes',
  })

  // And the restore survives a restart.
  writer.destroy()
  watcher.destroy()
  control.client.destroy()
  const again = await server.restart()
  const reader = connectClient(again.syncUrl, board.id, board.keys.viewer)
  await reader.waitSynced()
  expect(recordsJson(reader.doc)).toBe(then)
  const kinds = (await listVersions(again, board)).map((v) => v.trigger)
  expect(kinds).toEqual(['before-restore', 'manual'])
})

test('an hour of changes saves an hourly version; a quiet board saves none', async () => {
  const server = await startTestServer()
  const busy = await server.createBoard('Busy')
  const quiet = await server.createBoard('Quiet')
  const writer = connectClient(server.syncUrl, busy.id, busy.keys.facilitator)
  const idle = connectClient(server.syncUrl, quiet.id, quiet.keys.facilitator)
  await Promise.all([writer.waitSynced(), idle.waitSynced()])
  const versions = server.server.versions
  // Loaded boards are watched from the moment they load; a check now finds nothing to save.
  expect(await versions.checkActivity()).toEqual([])

  const start = Date.now()
  writer.kv.set('shape:a', authoredNote('a', 'One', null))
  await writer.roundTrip()
  expect(await versions.checkActivity(start + 59 * 60_000)).toEqual([])
  const saved = await versions.checkActivity(start + 61 * 60_000)
  expect(saved).toHaveLength(1)
  expect((await listVersions(server, busy)).map((v) => v.trigger)).toEqual(['hourly'])
  expect(await listVersions(server, quiet)).toEqual([])
  // Nothing changed since: no second hourly version.
  expect(await versions.checkActivity(start + 3 * 60 * 60_000)).toEqual([])
})

test('revealing private notes saves a version that holds the revealed notes', async () => {
  const server = await startTestServer()
  const board = await createBoardFrom(server, 'exploration')
  const ada = await joinPerson(server.url, board, board.keys.participant, { name: 'Ada' })
  expect(
    (await privateCommand(server.url, board, { key: board.keys.facilitator }, { type: 'private.start' }))
      .status,
  ).toBe(200)
  const mine = await connectPrivate(server.syncUrl, board, ada)
  await writeNotes(mine, [privateNote('ada-1', 'Only mine until the reveal')])
  expect(await listVersions(server, board)).toEqual([])
  const reveal = await privateCommand(
    server.url,
    board,
    { key: board.keys.facilitator },
    { type: 'private.reveal' },
  )
  expect(reveal.status, JSON.stringify(reveal.body)).toBe(200)
  const versions = await listVersions(server, board)
  expect(versions.map((v) => v.trigger)).toEqual(['private-reveal'])
  const preview = await requestJson(versionsUrl(server, board, `/${versions[0]!.id}`), {
    key: board.keys.facilitator,
  })
  expect(JSON.stringify((preview.body as VersionPreview).records)).toContain('Only mine until the reveal')
})
