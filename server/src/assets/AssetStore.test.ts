import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { pngImage } from '../../test/helpers/testImages.ts'
import type { BoardRow } from '../storage/BoardStore.ts'
import { SqliteBoardStore } from '../storage/SqliteBoardStore.ts'
import { AssetStore } from './AssetStore.ts'

const image = { mimeType: 'image/png', width: 2, height: 2 } as const

function boardRow(id: string): BoardRow {
  return {
    id,
    title: id,
    template: 'blank',
    createdAt: Date.now(),
    archived: false,
    facilitatorKeyHash: `${id}-f`,
    participantKey: `${id}-p`,
    viewerKey: `${id}-v`,
    joinCode: id.toUpperCase().padEnd(6, 'X').slice(0, 6),
    joiningOpen: true,
    drawing: true,
    locked: false,
  }
}

describe('AssetStore', () => {
  let dataDir: string
  let store: SqliteBoardStore

  beforeEach(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wesee-asset-store-'))
    store = new SqliteBoardStore(dataDir)
    await store.boards.createBoard(boardRow('boarda'), [])
    await store.boards.createBoard(boardRow('boardb'), [])
  })

  afterEach(() => {
    store.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  /** Deletes a board row as a later "delete board" will; its image links go with it. */
  function deleteBoardRow(id: string): void {
    const db = new Database(path.join(dataDir, 'wesee.sqlite'))
    db.pragma('foreign_keys = ON')
    db.prepare('DELETE FROM boards WHERE id = ?').run(id)
    db.close()
  }

  test('removes an image once no board uses it, and keeps one another board still uses', async () => {
    const assets = new AssetStore(dataDir, store)
    const shared = await assets.save('boarda', pngImage(2, 2, 1), image)
    await assets.save('boardb', pngImage(2, 2, 1), image)
    const onlyA = await assets.save('boarda', pngImage(2, 2, 2), image)

    deleteBoardRow('boarda')

    expect(assets.removeUnused()).toBe(1)
    expect(assets.find(onlyA.hash)).toBeNull()
    expect(fs.existsSync(path.join(assets.dir, onlyA.hash))).toBe(false)
    expect(assets.find(shared.hash)?.asset.mimeType).toBe('image/png')
    expect(fs.existsSync(path.join(assets.dir, shared.hash))).toBe(true)
  })

  test('keeps the first record of an image stored twice', async () => {
    const assets = new AssetStore(dataDir, store)
    const first = await assets.save('boarda', pngImage(), image)
    const second = await assets.save('boardb', pngImage(), image)
    expect(second).toEqual(first)
  })

  test('clears temporary files a crash left behind', () => {
    fs.mkdirSync(path.join(dataDir, 'assets'), { recursive: true })
    fs.writeFileSync(path.join(dataDir, 'assets', '.upload-left-over'), 'half a photo')
    const assets = new AssetStore(dataDir, store)
    expect(fs.readdirSync(assets.dir)).toEqual([])
  })

  test('never looks outside its folder for a malformed hash', () => {
    const assets = new AssetStore(dataDir, store)
    expect(assets.find('../wesee.sqlite')).toBeNull()
    expect(assets.find('')).toBeNull()
  })
})
