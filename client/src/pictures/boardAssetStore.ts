import type { TLAssetStore } from 'tldraw'
import { ApiRequestError } from '../api/apiClient.ts'
import { uploadImage } from '../api/uploadImage.ts'
import { text } from '../text.ts'
import { prepareImageForUpload } from './downscaleImage.ts'
import { reportPhotoProblem } from './photoProblem.ts'

/**
 * tldraw's asset store for a board: every image added by drop, paste, the
 * file picker or the camera is shrunk if it is a big photo, then sent to
 * WeSee's server with the board key, and the board keeps only its address
 * (`/api/assets/<hash>`), never the bytes. Library pictures need no upload:
 * they are already at `/pictures/...`.
 */
export function boardAssetStore(boardId: string, boardKey: string): TLAssetStore {
  return {
    async upload(_asset, file, abortSignal) {
      try {
        const image = await prepareImageForUpload(file)
        const uploaded = await uploadImage(boardId, boardKey, image, abortSignal)
        return { src: uploaded.src }
      } catch (error) {
        if (!abortSignal?.aborted) {
          reportPhotoProblem(error instanceof ApiRequestError ? error.message : text.photos.notAdded)
        }
        throw error
      }
    },
    // Addresses are relative to WeSee's own origin, which is where the page is.
    resolve(asset) {
      return asset.props.src
    },
  }
}
