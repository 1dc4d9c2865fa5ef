import zlib from 'node:zlib'

/**
 * How a version's two Yjs snapshots are kept in storage.
 *
 * `yjs`: as they are (every version saved before compression came in).
 * `yjs-br`: each compressed with Brotli at quality 5. Measured on the
 * full-cycle template with 800 notes (357 kB): deflate level 6 gives 23 kB
 * in 3 ms, Brotli 5 gives 16 kB (22× smaller) in 4 ms, Brotli 11 gives
 * 13 kB but takes 0.9 s, which would hold up the server while it saves.
 * A diff against the previous version would be smaller still, but every
 * version would then need the ones before it to be read back, and thinning
 * would have to rewrite the chain; a whole compressed snapshot stays
 * readable on its own and is removed with one DELETE.
 */
export const VersionEncoding = { Plain: 'yjs', Brotli: 'yjs-br' } as const

export type VersionEncoding = (typeof VersionEncoding)[keyof typeof VersionEncoding]

/** The encoding new versions are written in. */
export const currentVersionEncoding: VersionEncoding = VersionEncoding.Brotli

const brotliOptions: zlib.BrotliOptions = {
  params: {
    [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
    [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_GENERIC,
  },
}

/** A snapshot as `currentVersionEncoding` stores it. */
export function packVersionBlob(update: Uint8Array): Buffer {
  return zlib.brotliCompressSync(update, brotliOptions)
}

/** A stored snapshot back as the Yjs update it was. */
export function unpackVersionBlob(blob: Uint8Array, encoding: string): Uint8Array {
  switch (encoding) {
    case VersionEncoding.Plain:
      return new Uint8Array(blob)
    case VersionEncoding.Brotli:
      return new Uint8Array(zlib.brotliDecompressSync(blob))
    default:
      throw new Error(`A version is stored in an encoding this server does not know: ${encoding}`)
  }
}
