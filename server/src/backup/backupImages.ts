import type { BackupImage } from '@wesee/shared'
import type { UploadStore } from '../storage/UploadStore.ts'

const uploadedSrc = /^\/api\/assets\/([0-9a-f]{64})$/

/**
 * The hashes of uploaded images (served from `/api/assets/`) a board uses:
 * image asset records point at them by `props.src`, and picture notes by
 * `props.picture.src`.
 */
export function uploadedImageHashes(records: Iterable<unknown>): Set<string> {
  const hashes = new Set<string>()
  for (const record of records) {
    const { props } = record as { props?: { src?: unknown; picture?: { src?: unknown } } }
    for (const src of [props?.src, props?.picture?.src]) {
      const hash = typeof src === 'string' ? uploadedSrc.exec(src)?.[1] : undefined
      if (hash) hashes.add(hash)
    }
  }
  return hashes
}

/** The bytes of each uploaded image, base64, sorted by hash; images missing from storage are left out. */
export async function readBackupImages(
  uploads: UploadStore,
  hashes: Iterable<string>,
): Promise<BackupImage[]> {
  const images: BackupImage[] = []
  for (const hash of [...hashes].sort()) {
    const found = await uploads.find(hash)
    if (!found) continue
    images.push({ hash, mimeType: found.asset.mimeType, data: Buffer.from(found.bytes).toString('base64') })
  }
  return images
}
