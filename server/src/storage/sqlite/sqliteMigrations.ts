import type Database from 'better-sqlite3'
import { SchemaNotCurrentError } from '../schemaErrors.ts'

/**
 * One step of the SQLite schema. Steps run in order, each in its own
 * transaction with the new `PRAGMA user_version`, so a database is always at
 * exactly one version: a step that fails leaves it where it was.
 * Never edit a step once it has shipped; add the next one.
 */
export interface SqliteMigration {
  version: number
  /** What the step does and why, for whoever reads the list later. */
  why: string
  up(db: Database.Database): void
}

/**
 * The schema as it stood before it was versioned. Databases made then have
 * `user_version` 0 and any of its earlier shapes (made before `drawing` was a
 * column, or while ballots were indexed by vote alone), so this step only
 * creates what is missing and adds what older shapes lack: on a database the
 * old start-up code made it changes nothing, on a fresh one it makes all.
 */
const schemaBeforeVersioning = `
CREATE TABLE IF NOT EXISTS boards (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  template TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  archived INTEGER NOT NULL DEFAULT 0,
  facilitator_key TEXT NOT NULL,
  participant_key TEXT NOT NULL,
  viewer_key TEXT NOT NULL,
  join_code TEXT NOT NULL UNIQUE,
  joining_open INTEGER NOT NULL DEFAULT 1,
  locked INTEGER NOT NULL DEFAULT 0,
  drawing INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE IF NOT EXISTS doc_updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  doc TEXT NOT NULL,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS doc_updates_by_doc ON doc_updates (doc, seq);
CREATE TABLE IF NOT EXISTS participants (
  id TEXT PRIMARY KEY,
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS participants_by_board ON participants (board_id);
CREATE TABLE IF NOT EXISTS presence_events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  participant_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('arrive', 'leave')),
  at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS presence_by_board ON presence_events (board_id, seq);
-- The presence heartbeat: when each person was last known to be here. After a
-- crash their visit is closed at this time instead of losing it.
CREATE TABLE IF NOT EXISTS presence_last_seen (
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  participant_id TEXT NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (board_id, participant_id)
);
-- Restore points: compact Yjs state updates of the content and control docs.
CREATE TABLE IF NOT EXISTS versions (
  id TEXT PRIMARY KEY,
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  trigger_kind TEXT NOT NULL,
  name TEXT,
  content BLOB NOT NULL,
  control BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS versions_by_board ON versions (board_id, created_at);
CREATE TABLE IF NOT EXISTS assets (
  hash TEXT PRIMARY KEY,
  mime_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  created_at INTEGER NOT NULL
);
-- Which boards use which images, so deleting a board can free images no other board uses.
CREATE TABLE IF NOT EXISTS board_assets (
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  hash TEXT NOT NULL REFERENCES assets (hash),
  created_at INTEGER NOT NULL,
  PRIMARY KEY (board_id, hash)
);
CREATE INDEX IF NOT EXISTS board_assets_by_hash ON board_assets (hash);
-- Secret ballots: one row per vote cast. Never copied into a doc.
CREATE TABLE IF NOT EXISTS ballots (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  vote_id TEXT NOT NULL,
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  participant_id TEXT NOT NULL,
  shape_id TEXT NOT NULL,
  cast_by TEXT,
  cast_at INTEGER NOT NULL
);
-- Every ballot lookup names the board as well as the vote: a vote id copied
-- onto another board (by an import, say) must never reach this board's ballots.
DROP INDEX IF EXISTS ballots_by_vote;
CREATE INDEX IF NOT EXISTS ballots_by_board_vote ON ballots (board_id, vote_id, participant_id);
CREATE INDEX IF NOT EXISTS ballots_by_board ON ballots (board_id);
-- What the facilitator set for giving back: organisation, time zone, pay. One row per board, once set.
CREATE TABLE IF NOT EXISTS board_settings (
  board_id TEXT PRIMARY KEY REFERENCES boards (id) ON DELETE CASCADE,
  settings TEXT NOT NULL
);
`

/** Columns older unversioned databases lack (`CREATE TABLE IF NOT EXISTS` leaves an old table as it was). */
const columnsAddedBeforeVersioning = [
  { table: 'boards', column: 'drawing', definition: 'INTEGER NOT NULL DEFAULT 1' },
] as const

function addMissingColumns(db: Database.Database): void {
  for (const { table, column, definition } of columnsAddedBeforeVersioning) {
    const columns = db.pragma(`table_info(${table})`) as Array<{ name: string }>
    if (!columns.some((existing) => existing.name === column)) {
      db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${definition}`)
    }
  }
}

export const sqliteMigrations: readonly SqliteMigration[] = [
  {
    version: 1,
    why: 'The schema as it was before versioning; brings any earlier unversioned database to it.',
    up(db) {
      db.exec(schemaBeforeVersioning)
      addMissingColumns(db)
    },
  },
  {
    version: 2,
    why:
      'Versions are stored compressed (encoding, storage/versionBlobs.ts) and know their stage, for retention. ' +
      "Older rows stay plain ('yjs') and still open until the tidy-up compresses them.",
    up(db) {
      db.exec(`ALTER TABLE versions ADD COLUMN encoding TEXT NOT NULL DEFAULT 'yjs';
               ALTER TABLE versions ADD COLUMN stage TEXT;`)
    },
  },
]

/** Thrown when a database was written by a newer WeSee: opening it with this one could lose data. */
export class SchemaTooNewError extends Error {
  constructor(found: number, latest: number) {
    super(
      `This database was made by a newer version of WeSee (schema ${found}; this version knows up to ${latest}). ` +
        'Run the newer version, or restore a backup made with this one.',
    )
    this.name = 'SchemaTooNewError'
  }
}

/**
 * Brings the database to the latest schema, one step at a time. Returns the
 * version it is at afterwards.
 */
export function migrateSqlite(
  db: Database.Database,
  migrations: readonly SqliteMigration[] = sqliteMigrations,
): number {
  const latest = migrations.at(-1)?.version ?? 0
  const current = db.pragma('user_version', { simple: true }) as number
  if (current > latest) throw new SchemaTooNewError(current, latest)
  for (const migration of migrations) {
    if (migration.version <= current) continue
    db.transaction(() => {
      migration.up(db)
      // A pragma takes no bound parameters; the version is a number from the list above.
      db.pragma(`user_version = ${Math.trunc(migration.version)}`)
    })()
  }
  return latest
}

/** For `pnpm wesee`: refuses a database at any step but this version's latest, changing nothing. */
export function requireCurrentSqliteSchema(
  db: Database.Database,
  migrations: readonly SqliteMigration[] = sqliteMigrations,
): void {
  const latest = migrations.at(-1)?.version ?? 0
  const current = db.pragma('user_version', { simple: true }) as number
  if (current !== latest) throw new SchemaNotCurrentError(current, latest)
}
