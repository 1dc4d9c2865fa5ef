import type { AssetRecords } from './AssetRecords.ts'
import type { StorageHygieneStore } from './StorageHygieneStore.ts'
import type { UploadStore } from './UploadStore.ts'

/**
 * UploadStore.removeUnused for every engine: each image no board is linked
 * to goes, unless a doc or version of any board still mentions it (copied
 * onto another board, so not linked there, but still shown).
 */
export async function removeUnusedUploads(
  records: Pick<AssetRecords, 'unusedAssetHashes'>,
  hygiene: Pick<StorageHygieneStore, 'uploadMentioned'>,
  uploads: Pick<UploadStore, 'removeIfUnused'>,
): Promise<number> {
  let removed = 0
  for (const hash of await records.unusedAssetHashes()) {
    if (await hygiene.uploadMentioned(hash, null)) continue
    if (await uploads.removeIfUnused(hash)) removed++
  }
  return removed
}
