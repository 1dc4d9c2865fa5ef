import { plainTextOf } from '@wesee/shared'
import { expect, test } from 'vitest'
import { createBoardOver } from '../helpers/api.ts'
import { connectClient, type SyncClient, type TestRecord } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'
import { authoredNote, joinWith } from '../revisit/revisitHelpers.ts'

const words = 'Buses are late on Sundays'

function textOf(client: SyncClient, key: string): string {
  const record = client.kv.get(key) as (TestRecord & { props?: { richText?: unknown } }) | undefined
  return plainTextOf(record?.props?.richText)
}

/** Every letter as its own update, sent before the server has answered the first: fast typing. */
function typeLetterByLetter(client: SyncClient, key: string): void {
  for (let end = 1; end <= words.length; end++) {
    const note = client.kv.get(key)!
    const written = authoredNote('x', words.slice(0, end), null)
    client.kv.set(key, {
      ...note,
      props: { ...(note.props as object), richText: (written.props as { richText: unknown }).richText },
    })
  }
}

// A person's screen stamps a new note with who made it and when, as the
// server does. When the server accepted the stamp only after rewriting it,
// each rewrite raced the letters still on their way and could put back an
// older text: on a busy machine, a person typing "Buses are late" saw "Bate".
test('a person typing fast into a note they just made keeps every letter, on every screen', async () => {
  const server = await startTestServer()
  const board = await createBoardOver(server.url, 'Typing', { template: 'exploration' })
  const ana = await joinWith(server, board, { name: 'Annabel', credit: true })
  const a = connectClient(server.syncUrl, board.id, board.keys.participant, { token: ana.token })
  const watcher = connectClient(server.syncUrl, board.id, board.keys.viewer)
  await Promise.all([a.waitSynced(), watcher.waitSynced()])
  // Yjs orders entries written at the same moment by client id: the lowest
  // id makes any rewrite by the server win over the letters it crossed.
  const ownId = a.doc.clientID
  a.doc.clientID = 1
  try {
    await typeAndCheck(a, watcher, ana.participantId)
  } finally {
    // Presence is kept under the first id; leaving says goodbye under it.
    a.doc.clientID = ownId
  }
})

async function typeAndCheck(a: SyncClient, watcher: SyncClient, authorId: string): Promise<void> {
  const keys = Array.from({ length: 6 }, (_, i) => `shape:typed-${i}`)
  const createdAt = Date.now() - 2_000
  for (const key of keys) {
    a.kv.set(key, authoredNote(key.slice('shape:'.length), '', authorId, 'page:page', { createdAt }))
    typeLetterByLetter(a, key)
  }
  await a.roundTrip()
  await watcher.roundTrip()
  for (const key of keys) {
    await waitFor(() => textOf(watcher, key) === words, `${key} on another screen`, {
      timeoutMs: 3_000,
    }).catch(() => {
      throw new Error(`${key} reads "${textOf(watcher, key)}" on another screen`)
    })
    expect(textOf(a, key)).toBe(words)
    const meta = watcher.kv.get(key)?.meta as Record<string, unknown>
    expect(meta).toMatchObject({ authorId, createdAt })
  }
}

test('a stamp from a device whose clock is far out is still replaced with the server’s time', async () => {
  const server = await startTestServer()
  const board = await createBoardOver(server.url, 'Typing', { template: 'exploration' })
  const ana = await joinWith(server, board, { name: 'Annabel', credit: true })
  const a = connectClient(server.syncUrl, board.id, board.keys.participant, { token: ana.token })
  await a.waitSynced()
  const before = Date.now()
  const yearsAgo = before - 3 * 365 * 24 * 3_600_000
  a.kv.set('shape:old', authoredNote('old', 'Hello', ana.participantId, 'page:page', { createdAt: yearsAgo }))
  await waitFor(() => {
    const meta = a.kv.get('shape:old')?.meta as { createdAt?: number } | undefined
    return (meta?.createdAt ?? 0) >= before
  }, 'the server’s time')
})
