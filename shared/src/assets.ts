/** Image types WeSee accepts as uploads, checked by the file's bytes. */
export const acceptedImageTypes = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const

export type AcceptedImageType = (typeof acceptedImageTypes)[number]

/** The `201` body of `POST /api/boards/:id/assets`. */
export interface UploadedAsset {
  /** Where the image is served: `/api/assets/<hash>`, relative to the WeSee server. */
  src: string
  /** SHA-256 of the bytes, lower-case hex; the same image always gets the same hash. */
  hash: string
  /** The type found in the bytes (never the type the uploader claimed). */
  mimeType: AcceptedImageType
  width: number
  height: number
  /** Size of the stored file in bytes. */
  size: number
}

const assetHashPattern = /^[0-9a-f]{64}$/

/** True for a well-formed asset hash (64 lower-case hex digits). */
export function isAssetHash(value: string): boolean {
  return assetHashPattern.test(value)
}

/** The address an uploaded image is served at. */
export function assetUrl(hash: string): string {
  return `/api/assets/${hash}`
}
