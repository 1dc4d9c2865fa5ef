import { connectClients, createBoard, destroyClients } from './benchClient.ts'
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
 * client starts connecting in the same tick to a board whose room is not
 * loaded yet; timed until the last one has synced. Each run uses a new board.
 */
export async function measureJoins(clients: number, runs: number): Promise<JoinResult> {
  const server = await ServerProcess.start(makeTempDir())
  try {
    const runsMs: number[] = []
    for (let run = 0; run < runs; run++) {
      const board = await createBoard(server, `Join run ${run + 1}`)
      const start = performance.now()
      const joined = await connectClients(server, board, clients)
      runsMs.push(performance.now() - start)
      destroyClients(joined)
      // Let the server process the disconnections before the next run.
      await sleep(1000)
    }
    return { clients, runsMs }
  } finally {
    await server.stop()
  }
}
