import type { ServerConfig } from '../config.ts'
import type { BoardStorageBytes } from '../storage/StorageHygieneStore.ts'
import { checkKeySecret } from './keySecretCheck.ts'
import { openForTool } from './openForTool.ts'
import { bytesInWords, ExitCode, type Output } from './words.ts'

/** One board's share of the store. */
interface BoardSize extends BoardStorageBytes {
  id: string
  title: string
}

/**
 * `pnpm wesee check`: the database's integrity, rows that belong to nothing,
 * pictures the database knows but does not have (or files that belong to
 * nothing), whether the board key secret here is the one the servers on a
 * PostgreSQL use, and how much each board takes; on SQLite or PostgreSQL, through
 * the store's interfaces. Read only: it changes nothing, so it is safe
 * while the server runs. Exit code 1 when it finds a problem.
 */
export async function checkCommand(
  config: Pick<ServerConfig, 'dataDir' | 'databaseUrl'> & Partial<Pick<ServerConfig, 'boardKeySecret'>>,
  out: Output,
): Promise<number> {
  const storage = await openForTool(config, 'read', out)
  if (!storage) return ExitCode.Problem
  const { store, uploads } = storage
  const problems: string[] = []
  try {
    const damage = await store.checks.damage()
    if (damage === null) out.say('The database answers (PostgreSQL checks its own pages as it reads them).')
    else if (damage.length > 0) problems.push(`The database is damaged: ${damage.join('; ')}`)
    else out.say('The database is sound (SQLite integrity check: ok).')
    for (const { what, count } of await store.checks.orphans()) problems.push(`${count} ${what}.`)
    const secret = await checkKeySecret(config, store.checks, out)
    if (secret) problems.push(secret)
    const missing = await uploads.missing()
    if (missing.length > 0)
      problems.push(`${missing.length} pictures the database knows are not stored: ${missing.join(', ')}.`)
    // Every stray, however new: check only reports, and the tidy-up waits a day before removing one.
    const stray = await uploads.strayFiles(Number.POSITIVE_INFINITY)
    if (stray.length > 0)
      problems.push(
        `${stray.length} files in the uploads folder belong to nothing: ${stray.join(', ')} (pnpm wesee prune removes them).`,
      )

    const sizes: BoardSize[] = []
    for (const id of await store.retention.boardIds()) {
      const board = await store.boards.getBoard(id)
      if (board) sizes.push({ id, title: board.title, ...(await store.hygiene.storageOf(id)) })
    }
    out.say('')
    out.say(sizes.length === 1 ? '1 board:' : `${sizes.length} boards:`)
    for (const board of sizes.sort((a, b) => total(b) - total(a))) {
      out.say(
        `  ${bytesInWords(total(board)).padStart(9)}  ${board.title} (${board.id}): board ${bytesInWords(board.docs)}, versions ${bytesInWords(board.versions)}, pictures ${bytesInWords(board.uploads)}`,
      )
    }
    const stored = bytesInWords(await store.checks.storedBytes())
    out.say(
      config.databaseUrl === null
        ? `The data folder takes ${stored} (${config.dataDir}).`
        : `The database takes ${stored}.`,
    )
  } finally {
    await store.close()
  }
  out.say('')
  if (problems.length === 0) {
    out.say('No problems found.')
    return ExitCode.Done
  }
  for (const problem of problems) out.problem(`Problem: ${problem}`)
  return ExitCode.Problem
}

function total(board: BoardSize): number {
  return board.docs + board.versions + board.uploads
}
