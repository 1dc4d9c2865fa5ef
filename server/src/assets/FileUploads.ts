import { createHash, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { isAssetHash } from '@wesee/shared'
import { BoardTurns } from '../facilitation/BoardTurns.ts'
import type { AssetRecords } from '../storage/AssetRecords.ts'
import type { AssetRow } from '../storage/BoardStore.ts'
import type { StorageHygieneStore } from '../storage/StorageHygieneStore.ts'
import type { UploadStore } from '../storage/UploadStore.ts'
import type { ImageInfo } from './inspectImage.ts'
import { removeUnusedUploads } from '../storage/removeUnusedUploads.ts'

const tempPrefix = '.upload-'

/**
 * Uploaded images beside SQLite, stored once per content: the bytes in
 * `<dataDir>/assets/<sha256>`, the type, size and the boards that use each
 * image in the database (AssetRecords).
 *
 * The slow part of saving (writing and syncing a temporary file) happens
 * first; then the rename into place and the row, under the image's turn,
 * as does removing an unused image, so neither can see the other half done.
 */
export class FileUploads implements UploadStore {
  readonly dir: string
  /** One upload or removal of a hash at a time (one process owns this folder). */
  private readonly turns = new BoardTurns()

  constructor(
    dataDir: string,
    private readonly records: AssetRecords,
    private readonly hygiene: Pick<StorageHygieneStore, 'uploadMentioned'>,
    /** False for the CLI next to a running server, whose uploads under way those files are. */
    { clearTemporaryFiles = true }: { clearTemporaryFiles?: boolean } = {},
  ) {
    this.dir = path.join(dataDir, 'assets')
    fs.mkdirSync(this.dir, { recursive: true })
    // A crash mid-upload leaves a temporary file; nothing refers to it.
    if (clearTemporaryFiles) this.clearTemporaryFiles()
  }

  private clearTemporaryFiles(): void {
    for (const name of fs.readdirSync(this.dir)) {
      if (name.startsWith(tempPrefix)) fs.rmSync(path.join(this.dir, name), { force: true })
    }
  }

  async save(boardId: string, bytes: Uint8Array, image: ImageInfo): Promise<AssetRow> {
    const hash = createHash('sha256').update(bytes).digest('hex')
    const file = this.filePath(hash)
    const asset: AssetRow = {
      hash,
      mimeType: image.mimeType,
      size: bytes.byteLength,
      width: image.width,
      height: image.height,
      createdAt: Date.now(),
    }
    // Bytes already stored (another board sent the same picture): only the link is new.
    const linked = await this.turns.run(hash, async () => {
      if (!fs.existsSync(file)) return false
      await this.records.addAsset(boardId, asset)
      return true
    })
    if (linked) return (await this.records.getAsset(hash)) ?? asset
    const temp = path.join(this.dir, `${tempPrefix}${randomUUID()}`)
    try {
      const handle = await fs.promises.open(temp, 'wx')
      try {
        await handle.writeFile(bytes)
        await handle.sync()
      } finally {
        await handle.close()
      }
      await this.turns.run(hash, async () => {
        // The file is in place before any row points at it; the same bytes are stored once.
        if (fs.existsSync(file)) fs.rmSync(temp, { force: true })
        else fs.renameSync(temp, file)
        await this.records.addAsset(boardId, asset)
      })
    } catch (error) {
      fs.rmSync(temp, { force: true })
      throw error
    }
    return (await this.records.getAsset(hash)) ?? asset
  }

  async find(hash: string): Promise<{ asset: AssetRow; bytes: Uint8Array } | null> {
    if (!isAssetHash(hash)) return null
    const asset = await this.records.getAsset(hash)
    if (!asset) return null
    try {
      return { asset, bytes: new Uint8Array(await fs.promises.readFile(this.filePath(hash))) }
    } catch (error) {
      // A row whose file is gone (a hand edit): nothing to show.
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
  }

  removeUnused(): Promise<number> {
    return removeUnusedUploads(this.records, this.hygiene, this)
  }

  async removeIfUnused(hash: string): Promise<boolean> {
    if (!isAssetHash(hash)) return false
    return this.turns.run(hash, async () => {
      if (!(await this.records.deleteAssetIfUnused(hash))) return false
      fs.rmSync(this.filePath(hash), { force: true })
      return true
    })
  }

  async strayFiles(before: number): Promise<string[]> {
    const stray: string[] = []
    for (const name of fs.readdirSync(this.dir)) {
      if (name.startsWith(tempPrefix)) continue
      if (isAssetHash(name) && (await this.records.getAsset(name))) continue
      const stat = fs.statSync(path.join(this.dir, name), { throwIfNoEntry: false })
      if (stat?.isFile() && stat.mtimeMs < before) stray.push(name)
    }
    return stray.sort()
  }

  async removeStray(name: string): Promise<void> {
    // Only a plain name in this folder, and never one a row still points at.
    if (name !== path.basename(name) || name.startsWith('.')) return
    if (isAssetHash(name)) {
      await this.turns.run(name, async () => {
        if (!(await this.records.getAsset(name))) fs.rmSync(path.join(this.dir, name), { force: true })
      })
      return
    }
    fs.rmSync(path.join(this.dir, name), { force: true })
  }

  async missing(): Promise<string[]> {
    return (await this.records.allAssetHashes()).filter(
      (hash) => !isAssetHash(hash) || !fs.existsSync(this.filePath(hash)),
    )
  }

  async storedBytes(): Promise<number> {
    let bytes = 0
    for (const name of fs.readdirSync(this.dir)) {
      bytes += fs.statSync(path.join(this.dir, name), { throwIfNoEntry: false })?.size ?? 0
    }
    return bytes
  }

  private filePath(hash: string): string {
    // Only ever a checked hash: a name from a request can never leave the folder.
    if (!isAssetHash(hash)) throw new Error(`Not an asset hash: ${hash}`)
    return path.join(this.dir, hash)
  }
}
