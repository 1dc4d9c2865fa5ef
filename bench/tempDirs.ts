import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const created: string[] = []

/** A fresh empty folder for one server's DATA_DIR; removed by `removeTempDirs`. */
export function makeTempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wesee-bench-'))
  created.push(dir)
  return dir
}

/** Removes every folder `makeTempDir` made. */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
}
