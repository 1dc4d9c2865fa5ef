import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { SqliteBoardStore } from '../../src/storage/SqliteBoardStore.ts'
import {
  SchemaTooNewError,
  migrateSqlite,
  sqliteMigrations,
} from '../../src/storage/sqlite/sqliteMigrations.ts'

/**
 * The DDL the server ran on every start-up before the schema was versioned,
 * copied here on purpose (not imported): a database made by that code must
 * keep opening however the migrations change.
 */
const unversionedDdl = `
CREATE TABLE IF NOT EXISTS boards (
  id TEXT PRIMARY KEY, title TEXT NOT NULL, template TEXT NOT NULL, created_at INTEGER NOT NULL,
  archived INTEGER NOT NULL DEFAULT 0, facilitator_key TEXT NOT NULL, participant_key TEXT NOT NULL,
  viewer_key TEXT NOT NULL, join_code TEXT NOT NULL UNIQUE, joining_open INTEGER NOT NULL DEFAULT 1,
  locked INTEGER NOT NULL DEFAULT 0, drawing INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS doc_updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, doc TEXT NOT NULL, data BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS doc_updates_by_doc ON doc_updates (doc, seq);
CREATE TABLE IF NOT EXISTS participants (
  id TEXT PRIMARY KEY, board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS participants_by_board ON participants (board_id);
CREATE TABLE IF NOT EXISTS presence_events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  participant_id TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('arrive', 'leave')), at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS presence_by_board ON presence_events (board_id, seq);
CREATE TABLE IF NOT EXISTS presence_last_seen (
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE, participant_id TEXT NOT NULL,
  at INTEGER NOT NULL, PRIMARY KEY (board_id, participant_id)
);
CREATE TABLE IF NOT EXISTS versions (
  id TEXT PRIMARY KEY, board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL, trigger_kind TEXT NOT NULL, name TEXT, content BLOB NOT NULL, control BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS versions_by_board ON versions (board_id, created_at);
CREATE TABLE IF NOT EXISTS assets (
  hash TEXT PRIMARY KEY, mime_type TEXT NOT NULL, size INTEGER NOT NULL, width INTEGER NOT NULL,
  height INTEGER NOT NULL, created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS board_assets (
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE, hash TEXT NOT NULL REFERENCES assets (hash),
  created_at INTEGER NOT NULL, PRIMARY KEY (board_id, hash)
);
CREATE INDEX IF NOT EXISTS board_assets_by_hash ON board_assets (hash);
CREATE TABLE IF NOT EXISTS ballots (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, vote_id TEXT NOT NULL,
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE, participant_id TEXT NOT NULL,
  shape_id TEXT NOT NULL, cast_by TEXT, cast_at INTEGER NOT NULL
);
DROP INDEX IF EXISTS ballots_by_vote;
CREATE INDEX IF NOT EXISTS ballots_by_board_vote ON ballots (board_id, vote_id, participant_id);
CREATE INDEX IF NOT EXISTS ballots_by_board ON ballots (board_id);
CREATE TABLE IF NOT EXISTS board_settings (
  board_id TEXT PRIMARY KEY REFERENCES boards (id) ON DELETE CASCADE, settings TEXT NOT NULL
);
`

/** An even older shape: before boards had `drawing`, and while ballots were indexed by vote alone. */
const beforeDrawingDdl = unversionedDdl
  .replace(', drawing INTEGER NOT NULL DEFAULT 1', '')
  .replace(
    'DROP INDEX IF EXISTS ballots_by_vote;',
    'CREATE INDEX ballots_by_vote ON ballots (vote_id, participant_id);',
  )

const update = new Uint8Array([1, 2, 3])

/** A database as the old start-up code left it, with one board, one update and one ballot in it (keys in plain text, as the oldest did). */
function makeUnversionedDatabase(dataDir: string, ddl: string): void {
  const db = new Database(path.join(dataDir, 'wesee.sqlite'))
  db.exec(ddl)
  db.prepare(
    `INSERT INTO boards (id, title, template, created_at, facilitator_key, participant_key, viewer_key, join_code)
     VALUES ('old', 'Old board', 'blank', 1000, 'fkey', 'pkey', 'vkey', 'OLDONE')`,
  ).run()
  db.prepare("INSERT INTO doc_updates (doc, data) VALUES ('old/content', ?)").run(update)
  db.prepare(
    `INSERT INTO ballots (vote_id, board_id, participant_id, shape_id, cast_by, cast_at)
     VALUES ('v1', 'old', 'p1', 'shape:a', 'p1', 2000)`,
  ).run()
  expect(db.pragma('user_version', { simple: true })).toBe(0)
  db.close()
}

/** Tables, their columns and the indexes, as SQLite reports them (not the text they were made with). */
function schemaShape(dataDir: string): unknown {
  const db = new Database(path.join(dataDir, 'wesee.sqlite'), { readonly: true })
  try {
    const objects = db
      .prepare<[], { type: string; name: string; tbl_name: string }>(
        "SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
      )
      .all()
    return objects.map((object) =>
      object.type === 'table'
        ? { ...object, columns: db.pragma(`table_info(${object.name})`) }
        : { ...object, columns: db.pragma(`index_info(${object.name})`) },
    )
  } finally {
    db.close()
  }
}

function userVersion(dataDir: string): number {
  const db = new Database(path.join(dataDir, 'wesee.sqlite'), { readonly: true })
  try {
    return db.pragma('user_version', { simple: true }) as number
  } finally {
    db.close()
  }
}

const latest = sqliteMigrations.at(-1)!.version

describe('SQLite schema versions', () => {
  const dirs: string[] = []
  const newDataDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wesee-migrations-'))
    dirs.push(dir)
    return dir
  }
  let fresh: string

  beforeEach(() => {
    fresh = newDataDir()
    new SqliteBoardStore(fresh).close()
  })

  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true })
  })

  test('the steps are numbered 1, 2, 3 … with none missing or repeated', () => {
    expect(sqliteMigrations.map((step) => step.version)).toEqual(
      sqliteMigrations.map((_, index) => index + 1),
    )
  })

  test('a fresh database is made at the latest version', () => {
    expect(userVersion(fresh)).toBe(latest)
  })

  test.each([
    ['the last unversioned code', unversionedDdl],
    ['the code from before the drawing switch', beforeDrawingDdl],
  ])('a database made by %s is brought to the latest version with everything in it', async (_, ddl) => {
    const dataDir = newDataDir()
    makeUnversionedDatabase(dataDir, ddl)

    const store = new SqliteBoardStore(dataDir)
    try {
      const board = await store.boards.getBoard('old')
      expect(board).toMatchObject({
        title: 'Old board',
        participantKey: 'pkey',
        viewerKey: 'vkey',
        drawing: true,
      })
      expect(await store.docLog.loadUpdates('old/content')).toEqual([update])
      expect(await store.ballots.ballotsOfVote('old', 'v1')).toHaveLength(1)
    } finally {
      store.close()
    }
    expect(userVersion(dataDir)).toBe(latest)
    expect(schemaShape(dataDir)).toEqual(schemaShape(fresh))
  })

  test('opening a database at the latest version again changes nothing and keeps what is in it', async () => {
    const first = new SqliteBoardStore(fresh)
    await first.docLog.appendMany('b/content', [update])
    first.close()
    const before = schemaShape(fresh)

    const second = new SqliteBoardStore(fresh)
    try {
      expect(await second.docLog.loadUpdates('b/content')).toEqual([update])
    } finally {
      second.close()
    }
    expect(userVersion(fresh)).toBe(latest)
    expect(schemaShape(fresh)).toEqual(before)
  })

  test('a database from a newer WeSee is refused in plain words, and left as it was', () => {
    const db = new Database(path.join(fresh, 'wesee.sqlite'))
    db.pragma(`user_version = ${latest + 1}`)
    db.close()

    expect(() => new SqliteBoardStore(fresh)).toThrow(SchemaTooNewError)
    expect(() => new SqliteBoardStore(fresh)).toThrow(/made by a newer version of WeSee/)
    expect(userVersion(fresh)).toBe(latest + 1)
  })

  test('a step that fails leaves the database at the version before it, with none of its changes', () => {
    const db = new Database(path.join(fresh, 'wesee.sqlite'))
    try {
      const failing = [
        ...sqliteMigrations,
        {
          version: latest + 1,
          why: 'a step that breaks half-way',
          up(target: Database.Database) {
            target.exec('CREATE TABLE half_done (id INTEGER)')
            throw new Error('broken step')
          },
        },
      ]
      expect(() => migrateSqlite(db, failing)).toThrow('broken step')
      expect(db.pragma('user_version', { simple: true })).toBe(latest)
      expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined()
    } finally {
      db.close()
    }
  })

  test('later steps run in order on a database that has the earlier ones', () => {
    const db = new Database(path.join(fresh, 'wesee.sqlite'))
    try {
      const ran: number[] = []
      const longer = [
        ...sqliteMigrations,
        { version: latest + 1, why: 'next', up: () => ran.push(latest + 1) },
        { version: latest + 2, why: 'after', up: () => ran.push(latest + 2) },
      ]
      expect(migrateSqlite(db, longer)).toBe(latest + 2)
      expect(ran).toEqual([latest + 1, latest + 2])
      expect(migrateSqlite(db, longer)).toBe(latest + 2)
      expect(ran).toHaveLength(2)
    } finally {
      db.close()
    }
  })
})
