import { createBoard } from './benchClient.ts'
import { ClientPool } from './clientPool.ts'
import { ServerProcess } from './ServerProcess.ts'
import { makeTempDir } from './tempDirs.ts'
import { sleep } from './timing.ts'

export interface JoinResult {
  clients: number
  /** Milliseconds from opening every connection to the last client synced, one per run. */
  runsMs: number[]
}

/**
 * A whole room arriving at once (a facilitator shows the join code): every
 * client starts connecting together, from the bench's worker threads, to a
 * board whose room is not loaded yet; timed until the last one has synced.
 * Each run uses a new board. With `databaseUrl` the boards are kept in
 * that PostgreSQL database instead of SQLite.
 */
export async function measureJoins(clients: number, runs: number, databaseUrl?: string): Promise<JoinResult> {
  const server = await ServerProcess.start(makeTempDir(), { databaseUrl })
  const pool = new ClientPool()
  try {
    const runsMs: number[] = []
    for (let run = 0; run < runs; run++) {
      const board = await createBoard(server, `Join run ${run + 1}`)
      const start = performance.now()
      await pool.connect(server.syncUrl, board, clients, 'provider', 'Joiner')
      runsMs.push(performance.now() - start)
      await pool.disconnectAll()
      // Let the server process the disconnections before the next run.
      await sleep(1000)
    }
    return { clients, runsMs }
  } finally {
    await pool.destroy()
    await server.stop()
  }
}
