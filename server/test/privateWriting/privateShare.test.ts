import { privatePreferencesMapName } from '@wesee/shared'
import { expect, test } from 'vitest'
import { createBoardOver, expectApiError } from '../helpers/api.ts'
import {
  command,
  connectPrivate,
  iSeeFrame,
  joinPerson,
  privateNote,
  privateWritingOf,
  sharedNotesOf,
  waitForPrivateWriting,
  wordsOf,
  writeNotes,
  youSeeFrame,
  privateCountsOf,
} from '../helpers/privateWriting.ts'
import { connectControl } from '../helpers/stageCommands.ts'
import { connectClient } from '../helpers/syncClient.ts'
import { maxNotesPerShare } from '../../src/privateWriting/moveNotesToBoard.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

async function boardWithWriters() {
  const server = await startTestServer()
  const board = await createBoardOver(server.url, 'Sharing', { template: 'exploration' })
  const facilitator = { key: board.keys.facilitator }
  const ada = await joinPerson(server.url, board, board.keys.participant, { name: 'Ada', avatar: '1F98A' })
  const bo = await joinPerson(server.url, board, board.keys.participant, { name: 'Bo', avatar: '1F436' })
  expect((await command(server.url, board, facilitator, { type: 'private.start' })).status).toBe(200)
  const adaPrivate = await connectPrivate(server.syncUrl, board, ada)
  const boPrivate = await connectPrivate(server.syncUrl, board, bo)
  await writeNotes(adaPrivate, [
    privateNote('a1', 'Ada one', { y: 500 }),
    privateNote('a2', 'Ada two', { y: 300 }),
  ])
  await writeNotes(boPrivate, [privateNote('b1', 'Bo one')])
  const content = connectClient(server.syncUrl, board.id, board.keys.viewer)
  await content.waitSynced()
  return { server, board, facilitator, ada, bo, adaPrivate, boPrivate, content }
}

test('sharing moves only my notes onto the board, credited with my picture and name, and clears them from my private doc', async () => {
  const { server, board, ada, adaPrivate, boPrivate, content } = await boardWithWriters()
  const control = await connectControl(server, board, board.keys.viewer)

  const response = await command(server.url, board, ada, { type: 'private.share' })
  expect(response.status).toBe(200)
  expect(response.body).toMatchObject({ shared: 2, waiting: 0 })

  await waitFor(() => sharedNotesOf(content).length === 2, 'two shared notes')
  const shared = sharedNotesOf(content)
  expect(shared.map(wordsOf).join()).toContain('Ada one')
  expect(shared.map(wordsOf).join()).toContain('Ada two')
  expect(shared.map(wordsOf).join()).not.toContain('Bo one')
  for (const note of shared) {
    expect(note.parentId).toBe(youSeeFrame)
    expect(note.meta).toMatchObject({
      privateWriting: true,
      authorId: ada.participantId,
      authorName: 'Ada',
      authorAvatar: '1F98A',
      anonymous: false,
      sharedBy: 'share',
    })
  }
  // In her reading order: the higher note first.
  const [first, second] = [...shared].sort((a, b) => a.y - b.y)
  expect(wordsOf(first)).toContain('Ada two')
  expect(wordsOf(second)).toContain('Ada one')
  // Her column is headed with her picture and name.
  const records = [...content.kv.map.values()].map(({ val }) => val)
  expect(
    records.some(
      (r) => r.type === 'image' && (r.props as { assetId?: string }).assetId === 'asset:picture-1F98A',
    ),
  ).toBe(true)
  expect(records.some((r) => r.type === 'text' && wordsOf(r).includes('"Ada"'))).toBe(true)

  // Her private doc is empty; Bo's is untouched.
  await waitFor(() => adaPrivate.kv.map.size === 0, "Ada's private doc emptied")
  expect(boPrivate.kv.has('shape:b1')).toBe(true)
  const state = await control.waitUntil(
    (snapshot) => (snapshot.privateWriting as { lastShare?: unknown } | undefined)?.lastShare != null,
    'the share announced',
  )
  expect(state.privateWriting).toMatchObject({
    writers: 1,
    shared: { [ada.participantId]: true },
    lastShare: { participantId: ada.participantId, notes: 2 },
  })
  expect(JSON.stringify(state)).not.toContain('Bo one')
})

test('a second share adds to the same column, below the first notes', async () => {
  const { server, board, ada, adaPrivate, content } = await boardWithWriters()
  await command(server.url, board, ada, { type: 'private.share' })
  await waitFor(() => sharedNotesOf(content).length === 2, 'first share')
  await writeNotes(adaPrivate, [privateNote('a3', 'Ada three')])
  expect((await command(server.url, board, ada, { type: 'private.share' })).status).toBe(200)
  await waitFor(() => sharedNotesOf(content).length === 3, 'second share')
  const shared = sharedNotesOf(content)
  expect(new Set(shared.map((note) => note.x)).size).toBe(1)
  const third = shared.find((note) => wordsOf(note).includes('Ada three'))!
  expect(Math.max(...shared.map((note) => note.y))).toBe(third.y)
  const pictures = [...content.kv.map.values()].filter(
    ({ val }) =>
      val.type === 'image' && (val.meta as { privateWritingColumn?: boolean }).privateWritingColumn,
  )
  expect(pictures).toHaveLength(1)
})

test('sharing without my name waits for the reveal, and then shows no name, picture or id', async () => {
  const { server, board, facilitator, ada, bo, adaPrivate, content } = await boardWithWriters()
  const response = await command(server.url, board, ada, { type: 'private.share', anonymous: true })
  expect(response.status).toBe(200)
  expect(response.body).toMatchObject({ shared: 0, waiting: 2 })
  await waitFor(
    () => adaPrivate.doc.getMap(privatePreferencesMapName).get('waitingToShare') === true,
    'Ada told her notes are waiting',
  )
  // Nothing appeared when she pressed the button.
  await content.roundTrip()
  expect(sharedNotesOf(content)).toHaveLength(0)
  expect(adaPrivate.kv.map.size).toBe(2)

  expect((await command(server.url, board, facilitator, { type: 'private.reveal' })).status).toBe(200)
  await waitFor(() => sharedNotesOf(content).length === 3, 'everything revealed')
  const adaNotes = sharedNotesOf(content).filter((note) => wordsOf(note).includes('Ada'))
  expect(adaNotes).toHaveLength(2)
  for (const note of adaNotes) {
    expect(note.meta).toMatchObject({ anonymous: true, authorId: null, authorName: null, authorAvatar: null })
    expect(JSON.stringify(note)).not.toContain(ada.participantId)
  }
  const boNote = sharedNotesOf(content).find((note) => wordsOf(note).includes('Bo one'))!
  expect(boNote.meta).toMatchObject({ authorId: bo.participantId, authorName: 'Bo', anonymous: false })
  const titles = [...content.kv.map.values()]
    .filter(({ val }) => val.type === 'text')
    .map(({ val }) => wordsOf(val))
  expect(titles.some((words) => words.includes('Shared without a name'))).toBe(true)
})

test('the "Share without my name" tick in my private doc is honoured at the reveal', async () => {
  const { server, board, facilitator, adaPrivate, content } = await boardWithWriters()
  adaPrivate.doc.getMap(privatePreferencesMapName).set('shareWithoutName', true)
  await adaPrivate.roundTrip()
  await command(server.url, board, facilitator, { type: 'private.reveal' })
  await waitFor(() => sharedNotesOf(content).length === 3, 'revealed')
  const adaNotes = sharedNotesOf(content).filter((note) => wordsOf(note).includes('Ada'))
  expect(adaNotes.every((note) => note.meta.anonymous === true && note.meta.authorId === null)).toBe(true)
})

test('someone who joined without their name shares without it', async () => {
  const { server, board, facilitator, content } = await boardWithWriters()
  const sky = await joinPerson(server.url, board, board.keys.participant, {
    anonymous: true,
    avatar: '1F319',
  })
  const skyPrivate = await connectPrivate(server.syncUrl, board, sky)
  await writeNotes(skyPrivate, [privateNote('s1', 'Sky one')])
  const response = await command(server.url, board, sky, { type: 'private.share', anonymous: false })
  expect(response.body).toMatchObject({ shared: 0, waiting: 1 })
  await command(server.url, board, facilitator, { type: 'private.reveal' })
  await waitFor(() => sharedNotesOf(content).some((note) => wordsOf(note).includes('Sky one')), 'revealed')
  const note = sharedNotesOf(content).find((candidate) => wordsOf(candidate).includes('Sky one'))!
  expect(note.meta).toMatchObject({ anonymous: true, authorId: null, authorAvatar: null })
})

test('sharing is refused in plain words when it cannot happen', async () => {
  const server = await startTestServer()
  const board = await createBoardOver(server.url, 'Refusals', { template: 'exploration' })
  const ada = await joinPerson(server.url, board, board.keys.participant, { name: 'Ada' })
  const facilitator = { key: board.keys.facilitator }
  // Before private writing ever started.
  expectApiError(await command(server.url, board, ada, { type: 'private.share' }), 409, 'conflict')
  await command(server.url, board, facilitator, { type: 'private.start' })
  // No token, a forged token, a viewer, bad fields.
  expectApiError(
    await command(server.url, board, { key: board.keys.participant }, { type: 'private.share' }),
    401,
    'unauthorized',
  )
  expectApiError(
    await command(
      server.url,
      board,
      { key: board.keys.participant, token: 'forged' },
      { type: 'private.share' },
    ),
    401,
    'unauthorized',
  )
  expectApiError(
    await command(server.url, board, { key: board.keys.viewer, token: ada.token }, { type: 'private.share' }),
    403,
    'forbidden',
  )
  expectApiError(
    await command(server.url, board, ada, { type: 'private.share', anonymous: 'yes' }),
    400,
    'bad_request',
  )
  // Nothing to share yet.
  const nothing = expectApiError(
    await command(server.url, board, ada, { type: 'private.share' }),
    409,
    'conflict',
  )
  expect(nothing.error.message).toMatch(/no notes/)
  // While editing is paused.
  const adaPrivate = await connectPrivate(server.syncUrl, board, ada)
  await writeNotes(adaPrivate, [privateNote('a1', 'Kept safe')])
  await command(server.url, board, facilitator, { type: 'board.lock' })
  expectApiError(await command(server.url, board, ada, { type: 'private.share' }), 409, 'conflict')
  expect(adaPrivate.kv.has('shape:a1')).toBe(true)
  // A token from another board.
  const other = await createBoardOver(server.url, 'Other')
  const stranger = await joinPerson(server.url, other, other.keys.participant, { name: 'Zed' })
  expectApiError(
    await command(
      server.url,
      board,
      { key: board.keys.participant, token: stranger.token },
      { type: 'private.share' },
    ),
    401,
    'unauthorized',
  )
})

test('a note tldraw would not accept never stays in a private doc, so a share cannot break the board', async () => {
  const { server, board, ada, adaPrivate, content } = await boardWithWriters()
  const broken = { ...privateNote('bad', 'Broken'), props: { text: 'an old shape of note' } }
  await writeNotes(adaPrivate, [broken])
  // The sync gate refuses it on the way in and puts the writer's doc back.
  await waitFor(() => !adaPrivate.kv.has('shape:bad'), 'the broken note removed')
  const response = await command(server.url, board, ada, { type: 'private.share' })
  expect(response.body).toMatchObject({ shared: 2 })
  await waitFor(() => sharedNotesOf(content).length === 2, 'the good notes shared')
  expect(content.kv.has('shape:bad')).toBe(false)
  const control = await connectControl(server, board, board.keys.viewer)
  // Ada's other notes were shared and the broken one never stayed; Bo still has one.
  await waitForPrivateWriting(control.client.doc, (state) => state.writers === 1, 'one writer')
  expect(await privateCountsOf(server.url, board)).toMatchObject({ [ada.participantId]: 0 })
  expect(privateWritingOf(control.client.doc)?.frameId).toBe(iSeeFrame)
})

test('one share moves at most 300 notes; the rest stay private for the next', async () => {
  const { server, board, ada, adaPrivate, content } = await boardWithWriters()
  const many = Array.from({ length: maxNotesPerShare + 3 }, (_, i) =>
    privateNote(`many-${i}`, `Note ${i}`, { y: i }),
  )
  await writeNotes(adaPrivate, many)
  const first = await command(server.url, board, ada, { type: 'private.share' })
  expect(first.body).toMatchObject({ shared: maxNotesPerShare })
  await waitFor(() => adaPrivate.kv.map.size === 5, 'five left')
  const second = await command(server.url, board, ada, { type: 'private.share' })
  expect(second.body).toMatchObject({ shared: 5 })
  await waitFor(() => sharedNotesOf(content).length === maxNotesPerShare + 5, 'all shared')
})
