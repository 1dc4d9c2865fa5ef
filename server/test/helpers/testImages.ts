import zlib from 'node:zlib'

/**
 * Small, real images for upload tests. PNGs are built here (any size, so a
 * test can make one too wide); the JPEG and WebPs were made by Chromium and
 * decode there, so each is an image a browser would actually send.
 */

/** A PNG of `width` × `height` grey pixels (8-bit greyscale, deflated). */
export function pngImage(width = 2, height = 2, shade = 0x80): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 0 // greyscale
  // Each row: filter byte 0, then one byte per pixel.
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width, shade)])
  const pixels = zlib.deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', pixels),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(typeAndData))
  return Buffer.concat([length, typeAndData, crc])
}

/** A 1 × 1 GIF89a; `screenWidth`/`screenHeight` set the size the header claims. */
export function gifImage(screenWidth = 1, screenHeight = 1): Buffer {
  const gif = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64')
  gif.writeUInt16LE(screenWidth, 6)
  gif.writeUInt16LE(screenHeight, 8)
  return gif
}

/** A 3 × 2 baseline JPEG with an ICC profile segment, as Chromium's canvas writes it. */
export const jpegImage = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAACAAMDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAb/xAAZEAEBAQEBAQAAAAAAAAAAAAACAQMAETH/xAAUAQEAAAAAAAAAAAAAAAAAAAAG/8QAHBEAAgAHAAAAAAAAAAAAAAAAAAECAwQyM3Gx/9oADAMBAAIRAxEAPwCZ0b10WmiTbtSSvttv2285zn1Nhg0uBuZcz//Z',
  'base64',
)

/** A 3 × 2 extended WebP (VP8X with an ICC profile, then a lossy VP8 frame), from Chromium's canvas. */
export const webpImage = Buffer.from(
  'UklGRjQCAABXRUJQVlA4WAoAAAAgAAAAAgAAAQAASUNDUMgBAAAAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADZWUDggRgAAADACAJ0BKgMAAgABQCYlqAJ0ugH4AALLD8gAAP7dSP413/O4tdugjYhv/nv8D/5/0PLQ53AS+f9D3Pv/Qoug4z+nxpTpAAA=',
  'base64',
)

/** 1 × 1 WebPs in the simple formats: lossy (VP8), lossless (VP8L) and with alpha (VP8X + ALPH). */
export const webpLossy = Buffer.from('UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA', 'base64')
export const webpLossless = Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64')
export const webpWithAlpha = Buffer.from(
  'UklGRkoAAABXRUJQVlA4WAoAAAAQAAAAAAAAAAAAQUxQSAwAAAARBxAR/Q9ERP8DAABWUDggGAAAABQBAJ0BKgEAAQAAAP4AAA3AAP7mtQAAAA==',
  'base64',
)

/** An SVG with a script: the kind of "picture" that must never be served from WeSee's origin. */
export const svgImage = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>',
)

/** An HTML page, to be sent with an image type as if it were `photo.png`. */
export const htmlPage = Buffer.from(
  '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>',
)

/*
 * Picture bombs: files whose displayed size is tiny but which make a browser
 * allocate a huge frame. Built byte by byte so each test shows what it sends.
 */

/** The JPEG above with an extra start-of-frame segment of `width` × `height` put before its real one. */
export function jpegWithExtraFrameHeader(width: number, height: number): Buffer {
  const sof = jpegImage.indexOf(Buffer.from([0xff, 0xc0]))
  const length = jpegImage.readUInt16BE(sof + 2)
  const extra = Buffer.from(jpegImage.subarray(sof, sof + 2 + length))
  extra.writeUInt16BE(height, 5)
  extra.writeUInt16BE(width, 7)
  return Buffer.concat([jpegImage.subarray(0, sof), extra, jpegImage.subarray(sof)])
}

/** The JPEG above, with its one start-of-frame saying `width` × `height`. */
export function jpegClaiming(width: number, height: number): Buffer {
  const jpeg = Buffer.from(jpegImage)
  const sof = jpeg.indexOf(Buffer.from([0xff, 0xc0]))
  jpeg.writeUInt16BE(height, sof + 5)
  jpeg.writeUInt16BE(width, sof + 7)
  return jpeg
}

/** A GIF89a whose screen is 1 × 1 and whose frames have the given sizes. */
export function gifWithFrames(frames: Array<[number, number]>): Buffer {
  const header = Buffer.alloc(13)
  header.write('GIF89a', 0, 'latin1')
  header.writeUInt16LE(1, 6)
  header.writeUInt16LE(1, 8)
  header[10] = 0x80 // a global colour table of two colours
  const colours = Buffer.from([0, 0, 0, 0xff, 0xff, 0xff])
  const images = frames.map(([width, height]) => {
    const descriptor = Buffer.alloc(10)
    descriptor[0] = 0x2c
    descriptor.writeUInt16LE(width, 5)
    descriptor.writeUInt16LE(height, 7)
    // LZW minimum code size 2, one data sub-block, the empty sub-block.
    return Buffer.concat([descriptor, Buffer.from([0x02, 0x02, 0x44, 0x01, 0x00])])
  })
  return Buffer.concat([header, colours, ...images, Buffer.from([0x3b])])
}

/** An animated PNG: a 1 × 1 picture with one extra frame control chunk per size given. */
export function apngWithFrames(frames: Array<[number, number]>): Buffer {
  const png = pngImage(1, 1)
  const iend = png.length - 12
  const control = Buffer.alloc(8)
  control.writeUInt32BE(frames.length, 0) // frame count
  const frameChunks = frames.map(([width, height], sequence) => {
    const data = Buffer.alloc(26)
    data.writeUInt32BE(sequence, 0)
    data.writeUInt32BE(width, 4)
    data.writeUInt32BE(height, 8)
    return pngChunk('fcTL', data)
  })
  // acTL and the frame controls go after IHDR (8 + 25 bytes), before the image data.
  return Buffer.concat([
    png.subarray(0, 33),
    pngChunk('acTL', control),
    ...frameChunks,
    png.subarray(33, iend),
    png.subarray(iend),
  ])
}

function webpChunk(type: string, data: Buffer): Buffer {
  const header = Buffer.alloc(8)
  header.write(type, 0, 'latin1')
  header.writeUInt32LE(data.length, 4)
  const padding = Buffer.alloc(data.length % 2)
  return Buffer.concat([header, data, padding])
}

function riffWebp(chunks: Buffer[]): Buffer {
  const body = Buffer.concat([Buffer.from('WEBP', 'latin1'), ...chunks])
  const header = Buffer.alloc(8)
  header.write('RIFF', 0, 'latin1')
  header.writeUInt32LE(body.length, 4)
  return Buffer.concat([header, body])
}

/** The lossless 1 × 1 bitstream (its VP8L chunk's data), to put inside bigger containers. */
function losslessBitstream(): Buffer {
  return webpLossless.subarray(20, 20 + webpLossless.readUInt32LE(16))
}

/** A VP8L bitstream header that says `width` × `height` (up to 16,384 a side). */
function losslessBitstreamClaiming(width: number, height: number): Buffer {
  const bitstream = Buffer.from(losslessBitstream())
  const rest = bitstream.readUInt32LE(1) & ~0x0fffffff
  bitstream.writeUInt32LE((rest | (width - 1) | ((height - 1) << 14)) >>> 0, 1)
  return bitstream
}

function vp8xCanvas(width: number, height: number, flags: number): Buffer {
  const data = Buffer.alloc(10)
  data[0] = flags
  data.writeUIntLE(width - 1, 4, 3)
  data.writeUIntLE(height - 1, 7, 3)
  return webpChunk('VP8X', data)
}

/** An animated WebP with a `canvas` canvas and one ANMF frame per size given, each with a 1 × 1 bitstream. */
export function animatedWebp(canvas: [number, number], frames: Array<[number, number]>): Buffer {
  const animation = Buffer.alloc(6) // background colour and loop count
  const frameChunks = frames.map(([width, height]) => {
    const header = Buffer.alloc(16)
    header.writeUIntLE(width - 1, 6, 3)
    header.writeUIntLE(height - 1, 9, 3)
    return webpChunk('ANMF', Buffer.concat([header, webpChunk('VP8L', losslessBitstream())]))
  })
  return riffWebp([vp8xCanvas(canvas[0], canvas[1], 0x02), webpChunk('ANIM', animation), ...frameChunks])
}

/** An extended WebP whose canvas says 1 × 1 but whose one bitstream says `width` × `height`. */
export function webpWithBigBitstream(width: number, height: number): Buffer {
  return riffWebp([vp8xCanvas(1, 1, 0), webpChunk('VP8L', losslessBitstreamClaiming(width, height))])
}

/** A simple lossless WebP (no canvas chunk) whose bitstream says `width` × `height`. */
export function losslessWebpClaiming(width: number, height: number): Buffer {
  return riffWebp([webpChunk('VP8L', losslessBitstreamClaiming(width, height))])
}
