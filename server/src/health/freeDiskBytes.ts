import fs from 'node:fs'

/**
 * Bytes an unprivileged process can still write on the disk that holds
 * `dir` (what the server's own writes can use, not the root reserve).
 * Null when the disk cannot be asked, so a caller can say so plainly.
 */
export function freeDiskBytes(dir: string): number | null {
  try {
    const stats = fs.statfsSync(dir)
    return stats.bavail * stats.bsize
  } catch {
    return null
  }
}
