/**
 * `pnpm bench:soak`: a bounded soak with retention on. Boards meet for two
 * hours once a week; each hour people add and change notes, and versions are
 * saved as a session saves them (two stage changes and an hourly one). After
 * each meeting the tidy-up runs at the simulated time. Prints the database
 * size, versions kept and RSS per simulated hour, and the size per
 * board-hour. SOAK_BOARDS (3) and SOAK_WEEKS (20) make it bigger.
 */
import fs from 'node:fs'
import path from 'node:path'
import { createBoard } from '../server/src/boards/createBoard.ts'
import { configFromEnv } from '../server/src/config.ts'
import { recordsOf, serverOrigin } from '../server/src/rooms/contentDoc.ts'
import { saveVersion } from '../server/src/versions/saveVersion.ts'
import { WeSeeServer } from '../server/src/WeSeeServer.ts'
import { noteRecord } from './records.ts'
import { makeTempDir, removeTempDirs } from './tempDirs.ts'
import { formatDocName, VersionTrigger } from '@wesee/shared'

const boards = Number(process.env.SOAK_BOARDS ?? 3)
const weeks = Number(process.env.SOAK_WEEKS ?? 20)
const hour = 3600_000
const dataDir = makeTempDir()
const server = new WeSeeServer({
  ...configFromEnv({}),
  dataDir,
  port: 0,
  host: '127.0.0.1',
  clientDir: null,
  maintenanceEveryMs: 0,
})

function databaseBytes(): number {
  return ['wesee.sqlite', 'wesee.sqlite-wal'].reduce(
    (sum, name) => sum + (fs.statSync(path.join(dataDir, name), { throwIfNoEntry: false })?.size ?? 0),
    0,
  )
}

const mb = (bytes: number) => (bytes / 1e6).toFixed(2)
try {
  const ids: string[] = []
  for (let b = 0; b < boards; b++) {
    ids.push((await createBoard(server.store, { title: `Soak ${b}`, template: 'full-cycle' })).id)
  }
  let at = Date.now()
  let hours = 0
  console.log('hours  board-hours  database MB  versions  RSS MB')
  for (let week = 0; week < weeks; week++) {
    for (let h = 0; h < 2; h++) {
      for (const boardId of ids) {
        const room = await server.registry.open(formatDocName({ boardId, kind: 'content' }))
        const kv = recordsOf(room.doc)
        for (let n = 0; n < 60; n++) {
          const id = week * 200 + h * 40 + (n % 40)
          room.doc.transact(
            () =>
              kv.set(
                `shape:note-${id}`,
                noteRecord(id, `Week ${week} note ${n}: the bus is late again`) as never,
              ),
            serverOrigin,
          )
        }
        const deps = (t: number) => ({ ...server.versions.deps, now: () => t })
        await saveVersion(deps(at + 10 * 60_000), boardId, VersionTrigger.Stage)
        await saveVersion(deps(at + 40 * 60_000), boardId, VersionTrigger.Stage)
        await saveVersion(deps(at + 59 * 60_000), boardId, VersionTrigger.Hourly)
      }
      at += hour
      hours++
    }
    await server.maintenance.run({ at })
    let versions = 0
    for (const id of ids) versions += (await server.store.versions.listVersions(id)).length
    console.log(
      `${String(hours).padStart(5)}  ${String(hours * boards).padStart(11)}  ${mb(databaseBytes()).padStart(11)}  ${String(versions).padStart(8)}  ${mb(process.memoryUsage().rss).padStart(6)}`,
    )
    at += 7 * 24 * hour - 2 * hour
  }
  server.store.checkpoint('TRUNCATE')
  console.log(
    `Database per board-hour: ${(databaseBytes() / (hours * boards) / 1000).toFixed(1)} kB (${boards} boards, ${hours} hours each, retention on)`,
  )
} finally {
  await server.close()
  removeTempDirs()
}
