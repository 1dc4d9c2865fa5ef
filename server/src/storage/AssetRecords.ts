import type { AssetRow } from './BoardStore.ts'

/**
 * Which uploaded images exist and which boards use them (the rows; the
 * bytes are the UploadStore's). Async, as a database across the network is.
 */
export interface AssetRecords {
  /** Records an image (once per hash) and that a board uses it, in one transaction. */
  addAsset(boardId: string, asset: AssetRow): Promise<void>
  getAsset(hash: string): Promise<AssetRow | null>
  /** Every image's hash (for `pnpm wesee check`, which looks for their bytes). */
  allAssetHashes(): Promise<string[]>
  /** Hashes of images no board uses any more (e.g. after their boards were deleted). */
  unusedAssetHashes(): Promise<string[]>
  /** Forgets an image if still no board uses it; true when it was removed. */
  deleteAssetIfUnused(hash: string): Promise<boolean>
}
