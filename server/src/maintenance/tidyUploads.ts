import type { UploadStore } from '../storage/UploadStore.ts'
import type { BoardStore } from '../storage/BoardStore.ts'

/** An uploaded image the tidy-up removed (or, in a dry run, would remove). */
export interface RemovedUpload {
  hash: string
  /** Bytes of its file. */
  size: number
}

export interface UploadTidyReport {
  /** Images nothing uses any more, removed with their files. */
  removed: RemovedUpload[]
  bytes: number
  /** Files in the uploads folder the database knows nothing of (by name), removed. */
  strayFiles: string[]
}

/**
 * A picture is uploaded a moment before its shape reaches the board, so an
 * image linked less than this long ago is never taken for unused.
 */
export const uploadGraceMs = 24 * 60 * 60 * 1000

/**
 * Removes uploaded images nothing uses any more. A board stops counting as
 * using an image when none of its docs or versions mention it (and it was
 * linked more than `uploadGraceMs` ago); the image itself goes only when no
 * board is linked to it and no doc or version of any board mentions it
 * (a picture copied from one board to another is not linked to the second).
 */
export async function tidyUploads(
  deps: { store: BoardStore; assets: UploadStore },
  { at = Date.now(), dryRun = false }: { at?: number; dryRun?: boolean } = {},
): Promise<UploadTidyReport> {
  const { store, assets } = deps
  const { hygiene, assets: records } = store
  const stillLinked = new Set<string>()
  const unlinked = new Set<string>()
  for (const boardId of await store.retention.boardIds()) {
    for (const link of await hygiene.assetLinks(boardId)) {
      if (at - link.createdAt < uploadGraceMs || (await hygiene.uploadMentioned(link.hash, boardId))) {
        stillLinked.add(link.hash)
        continue
      }
      unlinked.add(link.hash)
      if (!dryRun) await hygiene.unlinkAsset(boardId, link.hash)
    }
  }
  const candidates = new Set([...(await records.unusedAssetHashes()), ...unlinked])
  const removed: RemovedUpload[] = []
  for (const hash of [...candidates].sort()) {
    if (stillLinked.has(hash)) continue
    if (await hygiene.uploadMentioned(hash, null)) {
      // Copied onto another board: link it there, so it is looked after as that board's.
      if (!dryRun) await relink(store, hash, at)
      continue
    }
    const size = (await records.getAsset(hash))?.size ?? 0
    if (dryRun || (await assets.removeIfUnused(hash))) removed.push({ hash, size })
  }
  const strayFiles = await assets.strayFiles(at - uploadGraceMs)
  if (!dryRun) for (const name of strayFiles) await assets.removeStray(name)
  return { removed, bytes: removed.reduce((sum, upload) => sum + upload.size, 0), strayFiles }
}

/** Links an image to every board that mentions it. */
async function relink(store: BoardStore, hash: string, at: number): Promise<void> {
  const asset = await store.assets.getAsset(hash)
  if (!asset) return
  for (const boardId of await store.retention.boardIds()) {
    if (await store.hygiene.uploadMentioned(hash, boardId))
      await store.assets.addAsset(boardId, { ...asset, createdAt: at })
  }
}
