import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { isAssetHash } from '@wesee/shared'
import { databaseName, uploadsFolder } from './backupCommand.ts'
import { bytesInWords, ExitCode, type Output } from './words.ts'

/** Rows that belong to no board (or to no picture), by what they are. */
const orphanQueries: ReadonlyArray<{ what: string; sql: string }> = [
  {
    what: 'stored board changes of a board that no longer exists',
    sql: `SELECT COUNT(*) AS n FROM doc_updates
          WHERE NOT EXISTS (SELECT 1 FROM boards WHERE doc_updates.doc GLOB boards.id || '/*')`,
  },
  ...[
    'participants',
    'presence_events',
    'presence_last_seen',
    'versions',
    'board_assets',
    'ballots',
    'board_settings',
  ].map((table) => ({
    what: `${table.replace(/_/g, ' ')} of a board that no longer exists`,
    sql: `SELECT COUNT(*) AS n FROM ${table} WHERE NOT EXISTS (SELECT 1 FROM boards WHERE boards.id = ${table}.board_id)`,
  })),
  {
    what: 'links to pictures the database does not have',
    sql: 'SELECT COUNT(*) AS n FROM board_assets WHERE NOT EXISTS (SELECT 1 FROM assets WHERE assets.hash = board_assets.hash)',
  },
]

/** One board's share of the disk. */
interface BoardSize {
  id: string
  title: string
  docs: number
  versions: number
  uploads: number
}

/**
 * `pnpm wesee check`: the database's integrity, rows that belong to nothing,
 * pictures missing from (or left over in) the uploads folder, and how much
 * each board takes. Read only: it changes nothing, so it is safe while the
 * server runs. Exit code 1 when it finds a problem.
 */
export function checkCommand(dataDir: string, out: Output): number {
  const database = path.join(dataDir, databaseName)
  if (!fs.existsSync(database)) {
    out.problem(
      `There is no WeSee data in ${dataDir} (no ${databaseName}). Set DATA_DIR to the server's data folder.`,
    )
    return ExitCode.Problem
  }
  const db = new Database(database, { readonly: true, fileMustExist: true })
  const problems: string[] = []
  try {
    const integrity = db.pragma('integrity_check') as Array<{ integrity_check: string }>
    if (integrity.length !== 1 || integrity[0]?.integrity_check !== 'ok') {
      problems.push(`The database is damaged: ${integrity.map((row) => row.integrity_check).join('; ')}`)
    } else {
      out.say('The database is sound (SQLite integrity check: ok).')
    }
    for (const { what, sql } of orphanQueries) {
      const n = (db.prepare(sql).get() as { n: number }).n
      if (n > 0) problems.push(`${n} ${what}.`)
    }
    const known = new Set(
      (db.prepare('SELECT hash FROM assets').all() as Array<{ hash: string }>).map((row) => row.hash),
    )
    const folder = path.join(dataDir, uploadsFolder)
    const files = fs.existsSync(folder)
      ? fs.readdirSync(folder).filter((name) => !name.startsWith('.upload-'))
      : []
    const missing = [...known].filter((hash) => !fs.existsSync(path.join(folder, hash)))
    const stray = files.filter((name) => !isAssetHash(name) || !known.has(name))
    if (missing.length > 0)
      problems.push(`${missing.length} pictures are missing from the uploads folder: ${missing.join(', ')}.`)
    if (stray.length > 0)
      problems.push(
        `${stray.length} files in the uploads folder belong to nothing: ${stray.join(', ')} (pnpm wesee prune removes them).`,
      )

    const sizes = boardSizes(db)
    out.say('')
    out.say(sizes.length === 1 ? '1 board:' : `${sizes.length} boards:`)
    for (const board of sizes.sort((a, b) => total(b) - total(a))) {
      out.say(
        `  ${bytesInWords(total(board)).padStart(9)}  ${board.title} (${board.id}): board ${bytesInWords(board.docs)}, versions ${bytesInWords(board.versions)}, pictures ${bytesInWords(board.uploads)}`,
      )
    }
    out.say(`The data folder takes ${bytesInWords(folderBytes(dataDir))} (${dataDir}).`)
  } finally {
    db.close()
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

function boardSizes(db: Database.Database): BoardSize[] {
  return db
    .prepare(
      `SELECT b.id, b.title,
         COALESCE((SELECT SUM(length(data)) FROM doc_updates WHERE doc GLOB b.id || '/*'), 0) AS docs,
         COALESCE((SELECT SUM(length(content) + length(control)) FROM versions WHERE board_id = b.id), 0) AS versions,
         COALESCE((SELECT SUM(a.size) FROM board_assets l JOIN assets a ON a.hash = l.hash WHERE l.board_id = b.id), 0) AS uploads
       FROM boards b ORDER BY b.created_at`,
    )
    .all() as BoardSize[]
}

/** Bytes of every file in the data folder and its subfolders. */
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
