import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { addBoardRow } from '../../test/storage/sqliteStore.ts'
import { SqliteBoardStore } from '../storage/SqliteBoardStore.ts'
import { FileUploads } from './FileUploads.ts'

/** What only the files beside SQLite can get wrong; the UploadStore contract covers the rest. */
describe('FileUploads', () => {
  let dataDir: string
  let store: SqliteBoardStore
  const uploadsOf = (options?: { clearTemporaryFiles?: boolean }) =>
    new FileUploads(dataDir, store.assets, store.hygiene, options)

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wesee-file-uploads-'))
    store = new SqliteBoardStore(dataDir)
  })

  afterEach(() => {
    store.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  test('clears temporary files a crash left behind, unless the CLI runs beside a server', () => {
    fs.mkdirSync(path.join(dataDir, 'assets'), { recursive: true })
    fs.writeFileSync(path.join(dataDir, 'assets', '.upload-left-over'), 'half a photo')
    uploadsOf({ clearTemporaryFiles: false })
    expect(fs.readdirSync(path.join(dataDir, 'assets'))).toEqual(['.upload-left-over'])
    const uploads = uploadsOf()
    expect(fs.readdirSync(uploads.dir)).toEqual([])
  })

  test('never looks or removes outside its folder for a malformed hash or stray name', async () => {
    const uploads = uploadsOf()
    const outside = path.join(dataDir, 'keep-me')
    fs.writeFileSync(outside, 'not an upload')
    expect(await uploads.find('../wesee.sqlite')).toBeNull()
    expect(await uploads.find('')).toBeNull()
    expect(await uploads.removeIfUnused('../keep-me')).toBe(false)
    await uploads.removeStray('../keep-me')
    await uploads.removeStray('.')
    expect(fs.existsSync(outside)).toBe(true)
    expect(fs.existsSync(path.join(dataDir, 'wesee.sqlite'))).toBe(true)
  })

  test('a row whose file was removed by hand finds nothing instead of failing', async () => {
    await addBoardRow(store, 'b1')
    const uploads = uploadsOf()
    const saved = await uploads.save('b1', new Uint8Array([1, 2, 3]), {
      mimeType: 'image/png',
      width: 1,
      height: 1,
    })
    fs.rmSync(path.join(uploads.dir, saved.hash))
    expect(await uploads.find(saved.hash)).toBeNull()
  })
})
