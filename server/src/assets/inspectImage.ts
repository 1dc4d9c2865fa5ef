import type { AcceptedImageType } from '@wesee/shared'

/** What the bytes of an accepted image say about it. */
export interface ImageInfo {
  mimeType: AcceptedImageType
  width: number
  height: number
}

export interface ImageSize {
  width: number
  height: number
}

/**
 * `unsupported`: not a PNG, JPEG, GIF or WebP (SVG, HTML, PDF, anything);
 * `damaged`: it starts like one but is cut short or broken, so a browser
 * could not show it whole (a JPEG with a second frame header counts: which
 * size a decoder believes is not ours to guess).
 *
 * `frames` is every size a decoder will allocate: the canvas and each frame
 * of an animated GIF, APNG or WebP. A 1 × 1 screen can hold a 65,535² frame,
 * so the pixel limits are checked against all of them, not just `image`.
 */
export type ImageCheck =
  { ok: true; image: ImageInfo; frames: ImageSize[] } | { ok: false; problem: 'unsupported' | 'damaged' }

/** The displayed size and every frame size, or null when the file is broken. */
type Reader = (bytes: Buffer) => { size: ImageSize; frames: ImageSize[] } | null

/**
 * Finds an image's real type and size from its bytes alone, never from a
 * file name or a declared type, and checks it is complete: a PNG must reach
 * IEND, a JPEG its end-of-image marker, a GIF its trailer, a WebP the length
 * its RIFF header claims.
 */
export function inspectImage(data: Uint8Array): ImageCheck {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  const formats: Array<[AcceptedImageType, (bytes: Buffer) => boolean, Reader]> = [
    ['image/png', isPng, readPng],
    ['image/jpeg', isJpeg, readJpeg],
    ['image/gif', isGif, readGif],
    ['image/webp', isWebp, readWebp],
  ]
  for (const [mimeType, matches, read] of formats) {
    if (!matches(bytes)) continue
    let found: ReturnType<Reader>
    try {
      found = read(bytes)
    } catch {
      // A read past the end: the file stops early.
      found = null
    }
    if (!found) return { ok: false, problem: 'damaged' }
    const { size, frames } = found
    if ([size, ...frames].some((frame) => frame.width < 1 || frame.height < 1)) {
      return { ok: false, problem: 'damaged' }
    }
    return { ok: true, image: { mimeType, ...size }, frames: [size, ...frames] }
  }
  return { ok: false, problem: 'unsupported' }
}

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

function isPng(bytes: Buffer): boolean {
  return bytes.subarray(0, 8).equals(pngSignature)
}

function isJpeg(bytes: Buffer): boolean {
  return bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff
}

function isGif(bytes: Buffer): boolean {
  const header = bytes.toString('latin1', 0, 6)
  return header === 'GIF87a' || header === 'GIF89a'
}

function isWebp(bytes: Buffer): boolean {
  return bytes.toString('latin1', 0, 4) === 'RIFF' && bytes.toString('latin1', 8, 12) === 'WEBP'
}

/**
 * Chunks: length, type, data, CRC. IHDR first (holds the size), at least one
 * IDAT, then IEND. An animated PNG adds an fcTL chunk per frame, with its own size.
 */
const readPng: Reader = (bytes) => {
  let offset = 8
  let size: ImageSize | null = null
  const frames: ImageSize[] = []
  let sawData = false
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset)
    const type = bytes.toString('latin1', offset + 4, offset + 8)
    const end = offset + 12 + length
    if (length > 0x7fffffff || end > bytes.length) return null
    if (size === null) {
      if (type !== 'IHDR' || length !== 13) return null
      size = { width: bytes.readUInt32BE(offset + 8), height: bytes.readUInt32BE(offset + 12) }
    }
    if (type === 'fcTL') {
      if (length < 26) return null
      frames.push({ width: bytes.readUInt32BE(offset + 12), height: bytes.readUInt32BE(offset + 16) })
    }
    if (type === 'IDAT') sawData = true
    if (type === 'IEND') return sawData ? { size, frames } : null
    offset = end
  }
  return null
}

/**
 * Segments, each a marker (FF xx) and most with a length. A start-of-frame
 * segment holds the size; after a start-of-scan the compressed data runs to
 * the next marker that is not a stuffed byte or a restart; EOI ends the image.
 * A second start-of-frame is refused: a file that says 1 × 1 in one header
 * and 65,000² in another must not pass as whichever we happened to read.
 */
const readJpeg: Reader = (bytes) => {
  let offset = 2
  let size: ImageSize | null = null
  for (;;) {
    if (bytes[offset] !== 0xff) return null
    while (bytes[offset] === 0xff) offset++
    const marker = bytes[offset++]
    if (marker === undefined) return null
    if (marker === 0xd9) return size ? { size, frames: [] } : null
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) continue
    const length = bytes.readUInt16BE(offset)
    const end = offset + length
    if (length < 2 || end > bytes.length) return null
    const isStartOfFrame =
      marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
    if (isStartOfFrame) {
      if (length < 7 || size !== null) return null
      size = { height: bytes.readUInt16BE(offset + 3), width: bytes.readUInt16BE(offset + 5) }
    }
    offset = end
    if (marker === 0xda) {
      offset = endOfScan(bytes, offset)
      if (offset < 0) return null
    }
  }
}

/** Where the next real marker after compressed scan data starts, or -1 when the file ends first. */
function endOfScan(bytes: Buffer, from: number): number {
  let at = bytes.indexOf(0xff, from)
  while (at >= 0 && at + 1 < bytes.length) {
    const next = bytes[at + 1] as number
    const stuffedOrRestart = next === 0x00 || next === 0xff || (next >= 0xd0 && next <= 0xd7)
    if (!stuffedOrRestart) return at
    at = bytes.indexOf(0xff, at + 1)
  }
  return -1
}

/**
 * Header and screen size, optional colour table, then extension and image
 * blocks, then the trailer (3B). Each image descriptor has its own size,
 * which may be far bigger than the screen.
 */
const readGif: Reader = (bytes) => {
  if (bytes.length < 13) return null
  const size = { width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8) }
  const frames: ImageSize[] = []
  let offset = 13 + colourTableBytes(bytes[10] as number)
  for (;;) {
    const block = bytes[offset]
    if (block === 0x3b) return frames.length > 0 ? { size, frames } : null
    if (block === 0x21) {
      offset = skipSubBlocks(bytes, offset + 2)
    } else if (block === 0x2c) {
      const flags = bytes[offset + 9]
      if (flags === undefined) return null
      // Descriptor (10 bytes: 2C, left, top, width, height, flags), local colour table, LZW code size, data.
      frames.push({ width: bytes.readUInt16LE(offset + 5), height: bytes.readUInt16LE(offset + 7) })
      offset = skipSubBlocks(bytes, offset + 10 + colourTableBytes(flags) + 1)
    } else {
      return null
    }
    if (offset < 0) return null
  }
}

function colourTableBytes(flags: number): number {
  return flags & 0x80 ? 3 * 2 ** ((flags & 0x07) + 1) : 0
}

/** Skips data sub-blocks up to and including the empty one; -1 when the file ends first. */
function skipSubBlocks(bytes: Buffer, from: number): number {
  let offset = from
  for (;;) {
    const length = bytes[offset]
    if (length === undefined) return -1
    offset += 1 + length
    if (length === 0) return offset
  }
}

/**
 * A RIFF container of chunks; VP8 (lossy), VP8L (lossless) or VP8X (extended)
 * says the size. An animated WebP has ANMF chunks, each with its own frame
 * size and its own VP8/VP8L bitstream inside. The canvas, each frame and each
 * bitstream are all sizes a decoder allocates, so all are returned.
 */
const readWebp: Reader = (bytes) => {
  const end = 8 + bytes.readUInt32LE(4)
  if (end > bytes.length) return null
  // A holder, not a `let`: it is set inside the chunk callback.
  const found: { canvas: ImageSize | null } = { canvas: null }
  const frames: ImageSize[] = []
  let sawImage = false
  const ok = readWebpChunks(bytes, 12, end, (type, data, length) => {
    if (type === 'VP8X') {
      if (length < 10 || found.canvas !== null) return false
      found.canvas = { width: bytes.readUIntLE(data + 4, 3) + 1, height: bytes.readUIntLE(data + 7, 3) + 1 }
      return true
    }
    if (type === 'ANMF') {
      if (length < 16) return false
      frames.push({ width: bytes.readUIntLE(data + 6, 3) + 1, height: bytes.readUIntLE(data + 9, 3) + 1 })
      sawImage = true
      // The frame's own chunks (ALPH, VP8, VP8L) follow its 16-byte header.
      return readWebpChunks(bytes, data + 16, data + length, (inner, innerData, innerLength) => {
        if (inner !== 'VP8 ' && inner !== 'VP8L') return true
        const bitstream = webpBitstreamSize(bytes, inner, innerData, innerLength)
        if (!bitstream) return false
        frames.push(bitstream)
        return true
      })
    }
    if (type === 'VP8 ' || type === 'VP8L') {
      const bitstream = webpBitstreamSize(bytes, type, data, length)
      if (!bitstream) return false
      frames.push(bitstream)
      sawImage = true
    }
    return true
  })
  if (!ok || !sawImage) return null
  const [first, ...rest] = frames
  // A simple WebP has no canvas: its one bitstream is the picture.
  const size = found.canvas ?? first
  if (!size) return null
  return { size, frames: found.canvas ? frames : rest }
}

/** Walks the chunks between `from` and `end`; false when one runs past the end or `visit` refuses it. */
function readWebpChunks(
  bytes: Buffer,
  from: number,
  end: number,
  visit: (type: string, data: number, length: number) => boolean,
): boolean {
  let offset = from
  while (offset + 8 <= end) {
    const type = bytes.toString('latin1', offset, offset + 4)
    const length = bytes.readUInt32LE(offset + 4)
    const data = offset + 8
    if (data + length > end) return false
    if (!visit(type, data, length)) return false
    // Chunks are padded to an even length.
    offset = data + length + (length % 2)
  }
  return true
}

/** The size a VP8 or VP8L bitstream header says, or null when the header is broken. */
function webpBitstreamSize(bytes: Buffer, type: string, data: number, length: number): ImageSize | null {
  if (type === 'VP8 ') {
    if (length < 10 || bytes.readUIntBE(data + 3, 3) !== 0x9d012a) return null
    return { width: bytes.readUInt16LE(data + 6) & 0x3fff, height: bytes.readUInt16LE(data + 8) & 0x3fff }
  }
  if (length < 5 || bytes[data] !== 0x2f) return null
  const bits = bytes.readUInt32LE(data + 1)
  return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 }
}
