import fs from 'node:fs'
import path from 'node:path'
import { isShapeRecord, type ShapeLike } from '@wesee/shared'
import { uploadedImageHashes } from '../backup/backupImages.ts'
import { openMojiSvgDir } from '../http/pictureRoutes.ts'
import type { UploadStore } from '../storage/UploadStore.ts'
import type { SummaryImage } from './SummaryModel.ts'

/** Turns a picture's address on the board into a `data:` address, or null when it cannot be read. */
export type ReadPicture = (src: string) => string | null

const libraryPicture = /^\/pictures\/([0-9A-F]{2,6}(?:-[0-9A-F]{2,6})*)\.svg$/
const uploadedPicture = /^\/api\/assets\/([0-9a-f]{64})$/

/**
 * Reads WeSee's own pictures (the OpenMoji library, and photos uploaded to
 * this board) for a summary that carries them inside itself. Only addresses
 * this server serves are read; a budget keeps one summary from growing
 * without end (a board of big photos names the rest instead). The board's
 * uploads are fetched first, since the store may be across the network; the
 * summary is then built without waiting.
 */
export async function pictureReader(
  uploads: UploadStore,
  records: Iterable<unknown>,
  budgetBytes = 24 * 1024 * 1024,
): Promise<ReadPicture> {
  let spent = 0
  const cache = new Map<string, string | null>()
  const asData = (bytes: Uint8Array, mimeType: string): string | null => {
    if (spent + bytes.byteLength > budgetBytes) return null
    spent += bytes.byteLength
    return `data:${mimeType};base64,${Buffer.from(bytes).toString('base64')}`
  }
  const uploaded = new Map<string, { bytes: Uint8Array; mimeType: string }>()
  for (const hash of uploadedImageHashes(records)) {
    const found = await uploads.find(hash).catch(() => null)
    if (found) uploaded.set(hash, { bytes: found.bytes, mimeType: found.asset.mimeType })
  }
  const readLibrary = (file: string): string | null => {
    try {
      return asData(fs.readFileSync(file), 'image/svg+xml')
    } catch {
      return null
    }
  }
  return (src) => {
    if (cache.has(src)) return cache.get(src)!
    let data: string | null = null
    const library = libraryPicture.exec(src)
    const upload = uploadedPicture.exec(src)
    if (library) data = readLibrary(path.join(openMojiSvgDir, `${library[1]}.svg`))
    else if (upload) {
      const found = uploaded.get(upload[1]!)
      if (found) data = asData(found.bytes, found.mimeType)
    }
    cache.set(src, data)
    return data
  }
}

/** The addresses of the pictures a shape shows: a picture note's picture, or an image's asset. */
export function pictureSources(
  shape: ShapeLike,
  assetsById: Map<string, ShapeLike | { props?: unknown }>,
): string[] {
  const props = shape.props ?? {}
  const picture = props.picture as { src?: unknown } | undefined
  if (typeof picture?.src === 'string') return [picture.src]
  if (typeof props.assetId === 'string') {
    const asset = assetsById.get(props.assetId) as { props?: { src?: unknown } } | undefined
    if (typeof asset?.props?.src === 'string') return [asset.props.src]
  }
  return []
}

/** The asset records of a board, by id (images point at them). */
export function assetRecords(records: Iterable<unknown>): Map<string, { props?: unknown }> {
  const found = new Map<string, { props?: unknown }>()
  for (const record of records) {
    if (typeof record !== 'object' || record === null || isShapeRecord(record)) continue
    const { typeName, id } = record as { typeName?: unknown; id?: unknown }
    if (typeName === 'asset' && typeof id === 'string') found.set(id, record as { props?: unknown })
  }
  return found
}

/** The summary's copies of a shape's pictures, with their names for alt text. */
export function imagesOf(
  shape: ShapeLike,
  names: string[],
  assetsById: Map<string, { props?: unknown }>,
  readPicture: ReadPicture | undefined,
): SummaryImage[] {
  if (!readPicture) return []
  return pictureSources(shape, assetsById).flatMap((src, i) => {
    const data = readPicture(src)
    return data ? [{ src: data, alt: names[i] ?? names[0] ?? 'A picture' }] : []
  })
}
