/** That a board uses an uploaded image, and since when. */
export interface AssetLink {
  boardId: string
  hash: string
  createdAt: number
}

/** How many bytes a board takes, by kind (uploads shared by boards count for each). */
export interface BoardStorageBytes {
  /** Its docs' stored updates (the board, its control doc, private notes). */
  docs: number
  versions: number
  /** The uploaded images it uses. */
  uploads: number
}

/**
 * What the tidy-up of uploads and the size report need from storage
 * (server/src/maintenance).
 */
export interface StorageHygieneStore {
  /** Which uploaded images a board is linked to. */
  assetLinks(boardId: string): Promise<AssetLink[]>
  /** Forgets that a board uses an image; true when it did. */
  unlinkAsset(boardId: string, hash: string): Promise<boolean>
  /**
   * True when an image's hash appears anywhere in a board's stored docs or
   * versions (any board's, with null). A byte search, so it errs on the safe
   * side: a doc's history may still mention an image it no longer shows. Open
   * docs count too, as every change is stored before anyone sees it.
   */
  uploadMentioned(hash: string, boardId: string | null): Promise<boolean>
  /** How much a board takes in storage. */
  storageOf(boardId: string): Promise<BoardStorageBytes>
}
