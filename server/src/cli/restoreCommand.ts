import { createHash, randomUUID } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { isAssetHash } from '@wesee/shared'
import { runningServerPid } from '../dataDir/runningServer.ts'
import { sqliteMigrations } from '../storage/sqlite/sqliteMigrations.ts'
import {
  databaseName,
  manifestName,
  secretName,
  uploadsFolder,
  type BackupManifest,
} from './backupCommand.ts'
import { ArchiveError, readArchive } from './tarArchive.ts'
import { ExitCode, type Output } from './words.ts'

/** What a data folder holds that a restore would replace. */
const dataNames = [databaseName, `${databaseName}-wal`, `${databaseName}-shm`, secretName, uploadsFolder]

/**
 * `pnpm wesee restore <file> [--replace]`: puts a backup into the data
 * folder. Refused while a server runs on it. A folder that already holds
 * data is only replaced with `--replace`, and then what was there is moved
 * aside (into `replaced-<time>/`), never deleted. Everything is unpacked
 * and checked (the archive, the database's integrity, every picture's hash)
 * in a folder of its own before anything moves into place.
 */
export async function restoreCommand(
  dataDir: string,
  source: string,
  options: { replace: boolean },
  out: Output,
): Promise<number> {
  const pid = runningServerPid(dataDir)
  if (pid !== null) {
    out.problem(
      `A WeSee server (process ${pid}) is running on ${dataDir}. Stop it first, then restore. ` +
        '(If no server is running, delete server.pid in that folder.)',
    )
    return ExitCode.Problem
  }
  if (!fs.existsSync(source)) {
    out.problem(`There is no file ${source}.`)
    return ExitCode.Problem
  }
  const inTheWay = dataNames.filter((name) => fs.existsSync(path.join(dataDir, name)))
  if (inTheWay.includes(databaseName) && !options.replace) {
    out.problem(
      `${dataDir} already holds WeSee data. Restore into an empty folder (set DATA_DIR), ` +
        'or add --replace to move what is there aside first.',
    )
    return ExitCode.Problem
  }
  fs.mkdirSync(dataDir, { recursive: true })
  const staging = path.join(dataDir, `.restore-${randomUUID()}`)
  fs.mkdirSync(path.join(staging, uploadsFolder), { recursive: true })
  try {
    const unpacked = await unpack(source, staging)
    if ('problem' in unpacked) {
      out.problem(unpacked.problem)
      return ExitCode.Problem
    }
    if (inTheWay.length > 0) {
      const aside = path.join(dataDir, `replaced-${new Date().toISOString().replace(/[:.]/g, '-')}`)
      fs.mkdirSync(aside)
      for (const name of inTheWay) fs.renameSync(path.join(dataDir, name), path.join(aside, name))
      out.say(`Moved what was in ${dataDir} to ${aside}.`)
    }
    for (const name of [databaseName, secretName, uploadsFolder]) {
      if (fs.existsSync(path.join(staging, name)))
        fs.renameSync(path.join(staging, name), path.join(dataDir, name))
    }
    out.say(
      `Restored ${unpacked.manifest.boards} boards and ${unpacked.pictures} pictures from a backup made ${unpacked.manifest.createdAt}. You can start WeSee now.`,
    )
    return ExitCode.Done
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

async function unpack(
  source: string,
  staging: string,
): Promise<{ manifest: BackupManifest; pictures: number } | { problem: string }> {
  let manifest: BackupManifest | null = null
  let pictures = 0
  const problems: string[] = []
  try {
    await readArchive(source, path.join(staging, 'unpacked.tar'), (name, _size, read) => {
      if (name === manifestName) {
        manifest = readManifest(read())
        return
      }
      if (name === databaseName || name === secretName) {
        fs.writeFileSync(path.join(staging, name), read(), { mode: 0o600 })
        return
      }
      const hash = name.startsWith(`${uploadsFolder}/`) ? name.slice(uploadsFolder.length + 1) : ''
      if (!isAssetHash(hash)) {
        problems.push(`it holds a file WeSee does not know (${name})`)
        return
      }
      const bytes = read()
      if (createHash('sha256').update(bytes).digest('hex') !== hash) {
        problems.push(`the picture ${hash} is damaged`)
        return
      }
      fs.writeFileSync(path.join(staging, uploadsFolder, hash), bytes)
      pictures++
    })
  } catch (error) {
    if (error instanceof ArchiveError) return { problem: error.message }
    throw error
  }
  if (!manifest) return { problem: 'The file is not a WeSee backup (it has no wesee-backup.json).' }
  if (problems.length > 0) return { problem: `The backup cannot be restored: ${problems.join('; ')}.` }
  if (!fs.existsSync(path.join(staging, databaseName)))
    return { problem: 'The backup has no database in it.' }
  const found = manifest as BackupManifest
  const latest = sqliteMigrations.at(-1)?.version ?? 0
  if (found.schemaVersion > latest) {
    return {
      problem: `The backup was made by a newer WeSee (schema ${found.schemaVersion}; this one knows up to ${latest}). Restore it with that version.`,
    }
  }
  const db = new Database(path.join(staging, databaseName), { fileMustExist: true })
  try {
    const integrity = db.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok')
      return { problem: `The database in the backup is damaged (${String(integrity)}).` }
  } finally {
    db.close()
  }
  return { manifest: found, pictures }
}

function readManifest(bytes: Buffer): BackupManifest | null {
  try {
    const value = JSON.parse(bytes.toString('utf8')) as Partial<BackupManifest>
    return value.format === 'wesee-data-backup' && value.formatVersion === 1
      ? (value as BackupManifest)
      : null
  } catch {
    return null
  }
}
