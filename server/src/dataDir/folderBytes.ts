import fs from 'node:fs'
import path from 'node:path'

/** Bytes of every file in a folder and its subfolders (what `pnpm wesee check` reports for the data folder). */
export function folderBytes(dir: string): number {
  let bytes = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name)
    bytes += entry.isDirectory()
      ? folderBytes(full)
      : (fs.statSync(full, { throwIfNoEntry: false })?.size ?? 0)
  }
  return bytes
}
