import fs from 'node:fs'
import { pipeline } from 'node:stream/promises'
import zlib from 'node:zlib'

/**
 * A small tar (ustar) writer and reader, gzipped, for `pnpm wesee backup`:
 * one file a volunteer can copy anywhere, and open with `tar -xzf` too.
 * Only plain files with short names are written or read.
 */

const block = 512

function header(name: string, size: number, mtime: number): Buffer {
  if (Buffer.byteLength(name) > 100) throw new Error(`Name too long for the archive: ${name}`)
  const bytes = Buffer.alloc(block)
  bytes.write(name, 0, 100, 'utf8')
  bytes.write('0000600\0', 100, 'ascii') // mode
  bytes.write('0000000\0', 108, 'ascii') // uid
  bytes.write('0000000\0', 116, 'ascii') // gid
  bytes.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'ascii')
  bytes.write(
    `${Math.floor(mtime / 1000)
      .toString(8)
      .padStart(11, '0')}\0`,
    136,
    'ascii',
  )
  bytes.write('        ', 148, 'ascii') // checksum, counted as spaces
  bytes.write('0', 156, 'ascii') // a plain file
  bytes.write('ustar\0' + '00', 257, 'ascii')
  let sum = 0
  for (const byte of bytes) sum += byte
  bytes.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii')
  return bytes
}

/** One file to put in the archive: its bytes, or a path to copy them from. */
export type ArchiveEntry = { name: string; bytes: Uint8Array } | { name: string; file: string }

/** Writes the entries to `target` as a gzipped tar. */
export async function writeArchive(target: string, entries: Iterable<ArchiveEntry>): Promise<void> {
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for (const entry of entries) {
      const bytes = 'bytes' in entry ? entry.bytes : await fs.promises.readFile(entry.file)
      yield header(entry.name, bytes.byteLength, Date.now())
      yield bytes
      const padding = (block - (bytes.byteLength % block)) % block
      if (padding > 0) yield Buffer.alloc(padding)
    }
    yield Buffer.alloc(block * 2)
  }
  await pipeline(chunks, zlib.createGzip(), fs.createWriteStream(target, { flags: 'wx', mode: 0o600 }))
}

/** Thrown for a file that is not an archive this writer made (or is damaged). */
export class ArchiveError extends Error {}

/**
 * Reads a gzipped tar made by `writeArchive`: unpacks it to `scratchFile`
 * first (so a big archive is never held in memory), then hands each entry's
 * name and a reader of its bytes to `onEntry`.
 */
export async function readArchive(
  source: string,
  scratchFile: string,
  onEntry: (name: string, size: number, read: () => Buffer) => void,
): Promise<void> {
  try {
    await pipeline(fs.createReadStream(source), zlib.createGunzip(), fs.createWriteStream(scratchFile))
  } catch {
    throw new ArchiveError(
      'The file is not a WeSee backup (it is not a gzipped archive, or it is cut short).',
    )
  }
  const fd = fs.openSync(scratchFile, 'r')
  try {
    const total = fs.fstatSync(fd).size
    let offset = 0
    const head = Buffer.alloc(block)
    while (offset + block <= total) {
      fs.readSync(fd, head, 0, block, offset)
      if (head.every((byte) => byte === 0)) return
      const stored = parseInt(head.toString('ascii', 148, 156).replace(/[\0 ]/g, ''), 8)
      let sum = 0
      for (let i = 0; i < block; i++) sum += i >= 148 && i < 156 ? 32 : head[i]!
      if (stored !== sum) throw new ArchiveError('The backup is damaged (a header does not add up).')
      const name = head.toString('utf8', 0, 100).replace(/\0.*$/s, '')
      const size = parseInt(head.toString('ascii', 124, 136).replace(/[\0 ]/g, ''), 8)
      const type = head.toString('ascii', 156, 157)
      if (!Number.isSafeInteger(size) || size < 0 || offset + block + size > total) {
        throw new ArchiveError('The backup is damaged (it is cut short).')
      }
      if (type !== '0' && type !== '\0')
        throw new ArchiveError(`The backup holds something that is not a file: ${name}`)
      const start = offset + block
      onEntry(name, size, () => {
        const bytes = Buffer.alloc(size)
        fs.readSync(fd, bytes, 0, size, start)
        return bytes
      })
      offset = start + Math.ceil(size / block) * block
    }
    throw new ArchiveError('The backup is damaged (it is cut short).')
  } finally {
    fs.closeSync(fd)
  }
}
