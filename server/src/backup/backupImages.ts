import fs from 'node:fs'
import type { BackupImage } from '@wesee/shared'
import type { AssetStore } from '../assets/AssetStore.ts'

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
export function readBackupImages(assets: AssetStore, hashes: Iterable<string>): BackupImage[] {
  const images: BackupImage[] = []
  for (const hash of [...hashes].sort()) {
    const found = assets.find(hash)
    if (!found || !fs.existsSync(found.file)) continue
    images.push({
      hash,
      mimeType: found.asset.mimeType,
      data: fs.readFileSync(found.file).toString('base64'),
    })
  }
  return images
}
