import { randomUUID } from 'node:crypto'
import { CloseCode, formatDocName } from '@wesee/shared'
import { expect, test } from 'vitest'
import { createBoardOver } from '../helpers/api.ts'
import {
  command,
  connectPrivate,
  docUrlOf,
  joinPerson,
  privateNote,
  waitForPrivateWriting,
  Wiretap,
  writeNotes,
  privateCountsOf,
} from '../helpers/privateWriting.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

/** tldraw-like presence, as a real browser publishes it on the content doc. */
function presenceOf(name: string, selectedShapeIds: string[] = []) {
  return {
    presence: {
      userName: name,
      color: '#1f77b4',
      selectedShapeIds,
      cursor: { x: 10, y: 20, type: 'default', rotation: 0 },
      chatMessage: '',
    },
  }
}

test('what one person writes privately reaches nobody else — not people, not the facilitator — until the reveal', async () => {
  const server = await startTestServer()
  const board = await createBoardOver(server.url, 'Safe space', { template: 'exploration' })
  const fran = await joinPerson(server.url, board, board.keys.facilitator, { name: 'Fran', avatar: '1F989' })
  const ada = await joinPerson(server.url, board, board.keys.participant, { name: 'Ada', avatar: '1F98A' })
  const bo = await joinPerson(server.url, board, board.keys.participant, { name: 'Bo', avatar: '1F436' })
  const marker = `MARKER-${randomUUID()}`
  const markerId = marker.slice('MARKER-'.length)

  const content = formatDocName({ boardId: board.id, kind: 'content' })
  const control = formatDocName({ boardId: board.id, kind: 'control' })
  const privateOf = (participantId: string) =>
    formatDocName({ boardId: board.id, kind: 'private', participantId })

  // Bo, the second participant, is the attacker: every doc he may open, with presence, all recorded.
  const boTap = new Wiretap('Bo')
  const boContent = await boTap.open(server.syncUrl, content, bo.key, bo.token, presenceOf('Bo'))
  const boControl = await boTap.open(server.syncUrl, control, bo.key, bo.token)
  const boPrivate = await boTap.open(server.syncUrl, privateOf(bo.participantId), bo.key, bo.token)
  // The facilitator, recorded the same way.
  const franTap = new Wiretap('Fran')
  await franTap.open(server.syncUrl, content, fran.key, fran.token, presenceOf('Fran'))
  const franControl = await franTap.open(server.syncUrl, control, fran.key, fran.token)
  await franTap.open(server.syncUrl, privateOf(fran.participantId), fran.key, fran.token)

  const started = await franTap.http(`${server.url}/api/boards/${board.id}/commands`, {
    key: fran.key,
    token: fran.token,
    body: { type: 'private.start' },
  })
  expect(started.status).toBe(200)

  // Ada writes privately, edits the note twice, and is on the content doc with presence.
  const adaPrivate = await connectPrivate(server.syncUrl, board, ada)
  const adaContent = new Wiretap('Ada')
  await adaContent.open(server.syncUrl, content, ada.key, ada.token, presenceOf('Ada'))
  await writeNotes(adaPrivate, [privateNote('ada-1', `${marker} draft`)])
  await writeNotes(adaPrivate, [privateNote('ada-1', `${marker} — what I really see`, { x: 320 })])
  await writeNotes(adaPrivate, [privateNote('ada-2', 'A second thought')])

  // Bo sees that one person is writing (a number naming nobody); only the facilitator is told Ada has 2.
  await waitForPrivateWriting(boControl.doc, (state) => state.writers === 1, 'one writer at Bo')
  await waitForPrivateWriting(franControl.doc, (state) => state.writers === 1, 'one writer at Fran')
  expect(await privateCountsOf(server.url, board)).toMatchObject({ [ada.participantId]: 2 })
  expect(JSON.stringify(boControl.doc.toJSON())).not.toContain(`"${ada.participantId}":2`)

  // Bo tries every door: Ada's private doc with his token, with none, with a guessed one, as a viewer.
  const adaDoc = privateOf(ada.participantId)
  expect(await boTap.attempt(docUrlOf(server, adaDoc, bo.key, bo.token))).toBe(CloseCode.Forbidden)
  expect(await boTap.attempt(docUrlOf(server, adaDoc, bo.key))).toBe(CloseCode.Unauthorized)
  expect(await boTap.attempt(docUrlOf(server, adaDoc, bo.key, `${bo.token}x`))).toBe(CloseCode.Unauthorized)
  expect(await boTap.attempt(docUrlOf(server, adaDoc, board.keys.viewer, bo.token))).toBe(CloseCode.Forbidden)
  // …and every HTTP route his key may read, and sharing his own note.
  boPrivate.kv.set('shape:bo-1', privateNote('bo-1', 'What Bo sees'))
  await waitForPrivateWriting(boControl.doc, (state) => state.writers === 2, 'two writers')
  const api = `${server.url}/api/boards/${board.id}`
  for (const path of ['', '/control', '/votes/mine', '/summary?format=md', '/summary?format=csv']) {
    await boTap.http(`${api}${path}`, { key: bo.key, token: bo.token })
  }
  const boShared = await boTap.http(`${api}/commands`, {
    key: bo.key,
    token: bo.token,
    body: { type: 'private.share' },
  })
  expect(boShared.status).toBe(200)
  await waitFor(
    () =>
      [...boContent.kv.map.values()].some(
        ({ val }) => (val.meta as { authorId?: unknown }).authorId === bo.participantId,
      ),
    "Bo's shared note on his board",
  )

  // The facilitator reads everything a facilitator can, and saves a version of the board.
  for (const path of [
    '',
    '/control',
    '/participation?format=json',
    '/participation?format=csv',
    '/versions',
    '/export',
  ]) {
    await franTap.http(`${api}${path}`, { key: fran.key, token: fran.token })
  }
  const saved = await franTap.http(`${api}/versions`, { key: fran.key, body: { name: 'Before sharing' } })
  const versionId = (JSON.parse(saved.text) as { id?: string }).id
  if (versionId) await franTap.http(`${api}/versions/${versionId}`, { key: fran.key })

  // Nothing Bo or Fran received holds Ada's words, by the whole marker or by its random part.
  expect(boTap.frames.length).toBeGreaterThan(10)
  expect(boTap.findings(marker)).toEqual([])
  expect(boTap.findings(markerId)).toEqual([])
  expect(franTap.findings(marker)).toEqual([])
  expect(franTap.findings(markerId)).toEqual([])
  expect(boTap.findings('A second thought')).toEqual([])

  // The reveal puts Ada's words on the board: now both receive them, through the same taps.
  const revealed = await franTap.http(`${api}/commands`, {
    key: fran.key,
    token: fran.token,
    body: { type: 'private.reveal' },
  })
  expect(revealed.status).toBe(200)
  expect(revealed.text).not.toContain(marker)
  await waitFor(() => boTap.findings(marker).length > 0, 'the marker reaching Bo after the reveal')
  await waitFor(() => franTap.findings(marker).length > 0, 'the marker reaching Fran after the reveal')
  expect(boTap.findings(marker)).toContain('decoded doc 0')
  expect(boTap.findings('A second thought').length).toBeGreaterThan(0)
})

test("a viewer's connections never carry private words either", async () => {
  const server = await startTestServer()
  const board = await createBoardOver(server.url, 'Projector', { template: 'exploration' })
  const ada = await joinPerson(server.url, board, board.keys.participant, { name: 'Ada' })
  const marker = `MARKER-${randomUUID()}`
  const viewer = new Wiretap('projector')
  await viewer.open(server.syncUrl, formatDocName({ boardId: board.id, kind: 'content' }), board.keys.viewer)
  const viewerControl = await viewer.open(
    server.syncUrl,
    formatDocName({ boardId: board.id, kind: 'control' }),
    board.keys.viewer,
  )
  expect(
    (await command(server.url, board, { key: board.keys.facilitator }, { type: 'private.start' })).status,
  ).toBe(200)
  const adaPrivate = await connectPrivate(server.syncUrl, board, ada)
  await writeNotes(adaPrivate, [privateNote('ada-1', marker)])
  await waitForPrivateWriting(viewerControl.doc, (state) => state.writers === 1, 'one writer')
  await viewer.http(`${server.url}/api/boards/${board.id}/control`, { key: board.keys.viewer })
  expect(viewer.findings(marker)).toEqual([])
})
