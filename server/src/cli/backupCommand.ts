import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { isAssetHash } from '@wesee/shared'
import { writeArchive, type ArchiveEntry } from './tarArchive.ts'
import { bytesInWords, ExitCode, type Output } from './words.ts'

/** What a data backup holds, as its first entry says. */
export interface BackupManifest {
  format: 'wesee-data-backup'
  formatVersion: 1
  createdAt: string
  /** The database's schema step (PRAGMA user_version). */
  schemaVersion: number
  boards: number
  uploads: number
}

export const manifestName = 'wesee-backup.json'
export const databaseName = 'wesee.sqlite'
export const secretName = 'board-keys.secret'
export const uploadsFolder = 'assets'

/**
 * `pnpm wesee backup <file>`: one gzipped tar holding a consistent copy of
 * the database (SQLite's online backup, safe while the server runs), the
 * secret that opens the stored links, and every uploaded image the copy
 * knows. Images are stored by their hash and never change, so copying them
 * after the database is safe.
 */
export async function backupCommand(dataDir: string, target: string, out: Output): Promise<number> {
  const database = path.join(dataDir, databaseName)
  if (!fs.existsSync(database)) {
    out.problem(
      `There is no WeSee data in ${dataDir} (no ${databaseName}). Set DATA_DIR to the server's data folder.`,
    )
    return ExitCode.Problem
  }
  if (fs.existsSync(target)) {
    out.problem(`${target} already exists. Choose a new file name, so no backup is written over.`)
    return ExitCode.Problem
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'wesee-backup-'))
  try {
    const copy = path.join(scratch, databaseName)
    const source = new Database(database, { readonly: true, fileMustExist: true })
    try {
      await source.backup(copy)
    } finally {
      source.close()
    }
    const db = new Database(copy, { readonly: true })
    let hashes: string[]
    let manifest: BackupManifest
    try {
      hashes = (db.prepare('SELECT hash FROM assets ORDER BY hash').all() as Array<{ hash: string }>)
        .map((row) => row.hash)
        .filter(isAssetHash)
      manifest = {
        format: 'wesee-data-backup',
        formatVersion: 1,
        createdAt: new Date().toISOString(),
        schemaVersion: db.pragma('user_version', { simple: true }) as number,
        boards: (db.prepare('SELECT COUNT(*) AS n FROM boards').get() as { n: number }).n,
        uploads: hashes.length,
      }
    } finally {
      db.close()
    }
    const missing: string[] = []
    const entries: ArchiveEntry[] = [
      { name: manifestName, bytes: Buffer.from(JSON.stringify(manifest, null, 2)) },
      { name: databaseName, file: copy },
    ]
    const secret = path.join(dataDir, secretName)
    if (fs.existsSync(secret)) entries.push({ name: secretName, file: secret })
    else
      out.problem(
        `There is no ${secretName}: the participant and viewer links of the boards cannot be opened.`,
      )
    for (const hash of hashes) {
      const file = path.join(dataDir, uploadsFolder, hash)
      if (fs.existsSync(file)) entries.push({ name: `${uploadsFolder}/${hash}`, file })
      else missing.push(hash)
    }
    await writeArchive(target, entries)
    out.say(
      `Backed up ${manifest.boards} boards and ${manifest.uploads - missing.length} pictures to ${target} (${bytesInWords(fs.statSync(target).size)}).`,
    )
    if (missing.length > 0) {
      out.problem(
        `${missing.length} pictures the database knows were not in the uploads folder: ${missing.join(', ')}`,
      )
      return ExitCode.Problem
    }
    return ExitCode.Done
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true })
  }
}
