import fs from 'node:fs'
import path from 'node:path'
import { expect } from 'vitest'
import type { VersionList } from '@wesee/shared'
import { uploadGraceMs } from '../../src/maintenance/tidyUploads.ts'
import { requestJson } from '../helpers/api.ts'
import { connectClient } from '../helpers/syncClient.ts'
import { sqliteOnly, startTestServer, type TestServer } from '../helpers/testServer.ts'
import { pngImage } from '../helpers/testImages.ts'
import { addUploadedImage } from '../revisit/revisitHelpers.ts'

function sizeOf(server: TestServer, hash: string): number {
  return fs.statSync(path.join(server.dataDir, 'assets', hash)).size
}

async function served(server: TestServer, hash: string): Promise<number> {
  return (await fetch(`${server.url}/api/assets/${hash}`)).status
}

sqliteOnly(
  'the tidy-up removes pictures nothing uses, and keeps what a board, a version, another board or a new upload still uses',
  async () => {
    const first = await startTestServer()
    const board = await first.createBoard('Bus stops')
    const other = await first.createBoard('Another board')
    const writer = connectClient(first.syncUrl, board.id, board.keys.facilitator)
    const otherWriter = connectClient(first.syncUrl, other.id, other.keys.facilitator)
    await Promise.all([writer.waitSynced(), otherWriter.waitSynced()])

    const onBoard = await addUploadedImage(first, board, writer.kv, pngImage(2, 2, 1), 'kept')
    const inVersion = await addUploadedImage(first, board, writer.kv, pngImage(2, 2, 2), 'versioned')
    const gone = await addUploadedImage(first, board, writer.kv, pngImage(2, 2, 3), 'gone')
    const copied = await addUploadedImage(first, board, writer.kv, pngImage(2, 2, 4), 'copied')
    // The picture is copied onto the other board (tldraw pastes its address as it is).
    otherWriter.kv.set('asset:copied', writer.kv.get('asset:copied')!)
    await otherWriter.roundTrip()
    const remove = (names: string[]) =>
      writer.doc.transact(() => {
        for (const name of names) {
          writer.kv.delete(`asset:${name}`)
          writer.kv.delete(`shape:${name}`)
        }
      })
    remove(['gone', 'copied'])
    await writer.roundTrip()
    const saved = await requestJson(`${first.url}/api/boards/${board.id}/versions`, {
      body: { name: 'With the versioned picture' },
      key: board.keys.facilitator,
    })
    expect(saved.status).toBe(201)
    remove(['versioned'])
    await writer.roundTrip()
    writer.destroy()
    otherWriter.destroy()
    // A stray file nothing in the database knows, from long ago.
    const stray = path.join(first.dataDir, 'assets', 'left-behind.png')
    fs.writeFileSync(stray, pngImage(2, 2, 5))
    fs.utimesSync(stray, new Date('2020-01-01'), new Date('2020-01-01'))

    // A restart compacts each board's history, so a removed picture is no longer in it.
    const server = await first.restart()
    // The board is open again while the tidy-up runs.
    const reader = connectClient(server.syncUrl, board.id, board.keys.facilitator)
    await reader.waitSynced()
    // Uploaded a moment ago and not yet on the board: never taken for unused.
    const upload = await fetch(`${server.url}/api/boards/${board.id}/assets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${board.keys.facilitator}`, 'content-type': 'image/png' },
      body: pngImage(2, 2, 6),
    })
    const fresh = (await upload.json()) as { hash: string }

    // The facilitator sees how much the board takes: its docs, its version, its four pictures.
    const listing = await requestJson(`${server.url}/api/boards/${board.id}/versions`, {
      key: board.keys.facilitator,
    })
    const { storage } = listing.body as VersionList
    expect(storage.uploads).toBe(
      [onBoard, inVersion, gone, copied, fresh].reduce((sum, { hash }) => sum + sizeOf(server, hash), 0),
    )
    expect(storage.docs).toBeGreaterThan(0)
    expect(storage.versions).toBeGreaterThan(0)
    expect(storage.total).toBe(storage.docs + storage.versions + storage.uploads)

    const later = Date.now() + uploadGraceMs + 60_000
    // The new upload is still inside its grace period by the real clock.
    expect((await server.server.maintenance.run({ dryRun: true })).uploads.removed).toEqual([])

    const dry = await server.server.maintenance.run({ at: later, dryRun: true })
    expect(dry.uploads.removed.map((upload) => upload.hash).sort()).toEqual([gone.hash, fresh.hash].sort())
    expect(dry.uploads.strayFiles).toEqual([path.basename(stray)])
    expect(dry.uploads.bytes).toBeGreaterThan(0)
    // A dry run removes nothing.
    expect(await served(server, gone.hash)).toBe(200)
    expect(fs.existsSync(stray)).toBe(true)

    const done = await server.server.maintenance.run({ at: later })
    expect(done.uploads.removed.map((upload) => upload.hash).sort()).toEqual([gone.hash, fresh.hash].sort())
    expect(await served(server, gone.hash)).toBe(404)
    expect(fs.existsSync(path.join(server.dataDir, 'assets', gone.hash))).toBe(false)
    expect(fs.existsSync(stray)).toBe(false)
    for (const hash of [onBoard.hash, inVersion.hash, copied.hash])
      expect(await served(server, hash)).toBe(200)
    // The copied picture now belongs to the board that shows it, and the next pass finds nothing.
    expect((await server.server.store.hygiene.assetLinks(other.id)).map((link) => link.hash)).toEqual([
      copied.hash,
    ])
    expect((await server.server.maintenance.run({ at: later + uploadGraceMs })).uploads.removed).toEqual([])
  },
)
