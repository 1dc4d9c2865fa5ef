import type { ImageInfo } from '../assets/inspectImage.ts'
import type { AssetRow } from './BoardStore.ts'

/**
 * Uploaded images, stored once per content (the same bytes are stored once,
 * whoever sends them): in the data folder beside SQLite, in the database
 * with PostgreSQL (so any node can serve any board). One upload of a hash
 * and one removal of it never run at the same time (a lock per hash), so a
 * tidy-up can never delete the bytes of an upload under way.
 */
export interface UploadStore {
  /** Stores a checked image for a board. */
  save(boardId: string, bytes: Uint8Array, image: ImageInfo): Promise<AssetRow>
  /** The stored image with this hash and its bytes, or null for unknown or malformed hashes. */
  find(hash: string): Promise<{ asset: AssetRow; bytes: Uint8Array } | null>
  /**
   * Deletes images no board uses any more (after boards are deleted); returns
   * how many went. An image another board still shows (copied there, so not
   * linked to it) stays.
   */
  removeUnused(): Promise<number>
  /** Deletes one image and its bytes if still no board uses it; true when it went. */
  removeIfUnused(hash: string): Promise<boolean>
  /**
   * Bytes kept with no row (a crash between the two, or a hand copy), last
   * changed before `before`: nothing can show them. Each is named so the
   * tidy-up can report and remove it (`removeStray`).
   */
  strayFiles(before: number): Promise<string[]>
  removeStray(name: string): Promise<void>
  /** Hashes of images the database knows whose bytes are not stored (nothing can show them). */
  missing(): Promise<string[]>
  /** Bytes the uploads take as stored. */
  storedBytes(): Promise<number>
}
