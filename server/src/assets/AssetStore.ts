import { createHash, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { isAssetHash } from '@wesee/shared'
import type { AssetRow, BoardStore } from '../storage/BoardStore.ts'
import type { ImageInfo } from './inspectImage.ts'

const tempPrefix = '.upload-'

/**
 * Uploaded images, stored once per content: the bytes in
 * `<dataDir>/assets/<sha256>`, the type, size and the boards that use each
 * image in the database.
 *
 * The slow part of saving (writing and syncing a temporary file) is async;
 * the rename into place and the database row happen together in one
 * synchronous step, and so does removing an unused image, so neither can see
 * the other half done.
 */
export class AssetStore {
  readonly dir: string

  constructor(
    dataDir: string,
    private readonly store: BoardStore,
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

  /** Stores a checked image for a board; the same bytes are stored once, whoever sends them. */
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
    if (this.store.getAsset(hash) && fs.existsSync(file)) {
      this.store.addAsset(boardId, asset)
      return this.store.getAsset(hash) ?? asset
    }
    const temp = path.join(this.dir, `${tempPrefix}${randomUUID()}`)
    try {
      const handle = await fs.promises.open(temp, 'wx')
      try {
        await handle.writeFile(bytes)
        await handle.sync()
      } finally {
        await handle.close()
      }
      // One synchronous step: the file is in place before any row points at it.
      fs.renameSync(temp, file)
      this.store.addAsset(boardId, asset)
    } catch (error) {
      fs.rmSync(temp, { force: true })
      throw error
    }
    return this.store.getAsset(hash) ?? asset
  }

  /** The stored image with this hash and its file, or null for unknown or malformed hashes. */
  find(hash: string): { asset: AssetRow; file: string } | null {
    if (!isAssetHash(hash)) return null
    const asset = this.store.getAsset(hash)
    return asset ? { asset, file: this.filePath(hash) } : null
  }

  /**
   * Deletes images no board uses any more (after boards are deleted); returns
   * how many went. An image another board still shows (copied there, so not
   * linked to it) stays.
   */
  removeUnused(): number {
    let removed = 0
    for (const hash of this.store.unusedAssetHashes()) {
      if (this.store.uploadMentioned(hash, null)) continue
      if (this.removeIfUnused(hash)) removed++
    }
    return removed
  }

  /** Deletes one image and its file if still no board uses it; true when it went. */
  removeIfUnused(hash: string): boolean {
    if (!this.store.deleteAssetIfUnused(hash)) return false
    fs.rmSync(this.filePath(hash), { force: true })
    return true
  }

  /**
   * Files in the folder with no row in the database (a crash between the
   * two, or a hand copy), last changed before `before`: nothing can show them.
   */
  strayFiles(before: number): string[] {
    const stray: string[] = []
    for (const name of fs.readdirSync(this.dir)) {
      if (name.startsWith(tempPrefix)) continue
      const file = path.join(this.dir, name)
      if (isAssetHash(name) && this.store.getAsset(name)) continue
      const stat = fs.statSync(file, { throwIfNoEntry: false })
      if (stat?.isFile() && stat.mtimeMs < before) stray.push(file)
    }
    return stray.sort()
  }

  /** Bytes of every file in the folder. */
  folderBytes(): number {
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
