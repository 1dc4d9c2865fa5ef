import type { AcceptedImageType } from '@wesee/shared'

/** What the bytes of an accepted image say about it. */
export interface ImageInfo {
  mimeType: AcceptedImageType
  width: number
  height: number
}

/**
 * `unsupported`: not a PNG, JPEG, GIF or WebP (SVG, HTML, PDF, anything);
 * `damaged`: it starts like one but is cut short or broken, so a browser
 * could not show it whole.
 */
export type ImageCheck = { ok: true; image: ImageInfo } | { ok: false; problem: 'unsupported' | 'damaged' }

type Reader = (bytes: Buffer) => Omit<ImageInfo, 'mimeType'> | null

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
    let size: ReturnType<Reader>
    try {
      size = read(bytes)
    } catch {
      // A read past the end: the file stops early.
      size = null
    }
    if (!size || size.width < 1 || size.height < 1) return { ok: false, problem: 'damaged' }
    return { ok: true, image: { mimeType, ...size } }
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

/** Chunks: length, type, data, CRC. IHDR first (holds the size), at least one IDAT, then IEND. */
const readPng: Reader = (bytes) => {
  let offset = 8
  let size: { width: number; height: number } | null = null
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
    if (type === 'IDAT') sawData = true
    if (type === 'IEND') return sawData ? size : null
    offset = end
  }
  return null
}

/**
 * Segments, each a marker (FF xx) and most with a length. A start-of-frame
 * segment holds the size; after a start-of-scan the compressed data runs to
 * the next marker that is not a stuffed byte or a restart; EOI ends the image.
 */
const readJpeg: Reader = (bytes) => {
  let offset = 2
  let size: { width: number; height: number } | null = null
  for (;;) {
    if (bytes[offset] !== 0xff) return null
    while (bytes[offset] === 0xff) offset++
    const marker = bytes[offset++]
    if (marker === undefined) return null
    if (marker === 0xd9) return size
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) continue
    const length = bytes.readUInt16BE(offset)
    const end = offset + length
    if (length < 2 || end > bytes.length) return null
    const isStartOfFrame =
      marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
    if (isStartOfFrame) {
      if (length < 7) return null
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

/** Header and screen size, optional colour table, then extension and image blocks, then the trailer (3B). */
const readGif: Reader = (bytes) => {
  if (bytes.length < 13) return null
  const size = { width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8) }
  let offset = 13 + colourTableBytes(bytes[10] as number)
  let sawImage = false
  for (;;) {
    const block = bytes[offset]
    if (block === 0x3b) return sawImage ? size : null
    if (block === 0x21) {
      offset = skipSubBlocks(bytes, offset + 2)
    } else if (block === 0x2c) {
      const flags = bytes[offset + 9]
      if (flags === undefined) return null
      // Descriptor (10 bytes), local colour table, LZW code size (1 byte), data.
      offset = skipSubBlocks(bytes, offset + 10 + colourTableBytes(flags) + 1)
      sawImage = true
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

/** A RIFF container of chunks; VP8 (lossy), VP8L (lossless) or VP8X (extended) says the size. */
const readWebp: Reader = (bytes) => {
  const end = 8 + bytes.readUInt32LE(4)
  if (end > bytes.length) return null
  let offset = 12
  let size: { width: number; height: number } | null = null
  let sawImage = false
  while (offset + 8 <= end) {
    const type = bytes.toString('latin1', offset, offset + 4)
    const length = bytes.readUInt32LE(offset + 4)
    const data = offset + 8
    if (data + length > end) return null
    if (type === 'VP8 ') {
      if (length < 10 || bytes.readUIntBE(data + 3, 3) !== 0x9d012a) return null
      size ??= { width: bytes.readUInt16LE(data + 6) & 0x3fff, height: bytes.readUInt16LE(data + 8) & 0x3fff }
      sawImage = true
    } else if (type === 'VP8L') {
      if (length < 5 || bytes[data] !== 0x2f) return null
      const bits = bytes.readUInt32LE(data + 1)
      size ??= { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 }
      sawImage = true
    } else if (type === 'VP8X') {
      if (length < 10) return null
      size = { width: bytes.readUIntLE(data + 4, 3) + 1, height: bytes.readUIntLE(data + 7, 3) + 1 }
    } else if (type === 'ANMF') {
      sawImage = true
    }
    // Chunks are padded to an even length.
    offset = data + length + (length % 2)
  }
  return sawImage ? size : null
}
