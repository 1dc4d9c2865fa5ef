import fs from 'node:fs'
import path from 'node:path'

/**
 * `DATA_DIR/server.pid`: written by a running server, so `pnpm wesee
 * restore` can refuse to swap the data under it. A server killed with
 * kill -9 leaves the file behind; the process it names is then gone, and
 * the file is ignored.
 */
const pidFile = 'server.pid'

/** Notes that this process serves `dataDir`; returns what removes the note again. */
export function markServerRunning(dataDir: string): () => void {
  const file = path.join(dataDir, pidFile)
  fs.writeFileSync(file, `${process.pid}\n`)
  return () => {
    // Only our own note: a server started since on the same folder keeps its one.
    if (runningServerPid(dataDir) === process.pid) fs.rmSync(file, { force: true })
  }
}

/** The process id of a server running on `dataDir`, or null when none is. */
export function runningServerPid(dataDir: string): number | null {
  let pid: number
  try {
    pid = Number(fs.readFileSync(path.join(dataDir, pidFile), 'utf8').trim())
  } catch {
    return null
  }
  if (!Number.isSafeInteger(pid) || pid <= 0) return null
  try {
    process.kill(pid, 0)
    return pid
  } catch (error) {
    // EPERM: it exists but belongs to someone else, so it is running.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null
  }
}
