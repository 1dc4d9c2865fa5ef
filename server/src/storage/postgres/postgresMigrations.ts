import type pg from 'pg'
import { NoWeSeeDataError, SchemaNotCurrentError } from '../schemaErrors.ts'

/**
 * One step of the PostgreSQL schema, the twin of `sqlite/sqliteMigrations.ts`:
 * the same tables and columns, in PostgreSQL's types (bytea for bytes,
 * bigint for millisecond times). Steps run in order, each in its own
 * transaction together with its row in `schema_migrations`. Never edit a
 * step once it has shipped; add the next one.
 */
export interface PostgresMigration {
  version: number
  /** What the step does and why. */
  why: string
  sql: string
}

export const postgresMigrations: readonly PostgresMigration[] = [
  {
    version: 1,
    why: 'Every table the SQLite store has, plus the uploaded images themselves (so any node can serve them).',
    sql: `
CREATE TABLE boards (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  template TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  archived BOOLEAN NOT NULL DEFAULT FALSE,
  facilitator_key TEXT NOT NULL,
  participant_key TEXT NOT NULL,
  viewer_key TEXT NOT NULL,
  join_code TEXT NOT NULL UNIQUE,
  joining_open BOOLEAN NOT NULL DEFAULT TRUE,
  locked BOOLEAN NOT NULL DEFAULT FALSE,
  drawing BOOLEAN NOT NULL DEFAULT TRUE
);
CREATE TABLE doc_updates (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  doc TEXT NOT NULL,
  data BYTEA NOT NULL
);
CREATE INDEX doc_updates_by_doc ON doc_updates (doc, seq);
CREATE TABLE participants (
  id TEXT PRIMARY KEY,
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL
);
CREATE INDEX participants_by_board ON participants (board_id);
CREATE TABLE presence_events (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  participant_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('arrive', 'leave')),
  at BIGINT NOT NULL
);
CREATE INDEX presence_by_board ON presence_events (board_id, seq);
CREATE TABLE presence_last_seen (
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  participant_id TEXT NOT NULL,
  at BIGINT NOT NULL,
  PRIMARY KEY (board_id, participant_id)
);
CREATE TABLE versions (
  seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
  id TEXT PRIMARY KEY,
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  trigger_kind TEXT NOT NULL,
  name TEXT,
  content BYTEA NOT NULL,
  control BYTEA NOT NULL,
  -- As SQLite's step 2: how content and control are encoded, and the stage, for retention.
  encoding TEXT NOT NULL DEFAULT 'yjs',
  stage TEXT
);
CREATE INDEX versions_by_board ON versions (board_id, created_at);
CREATE TABLE assets (
  hash TEXT PRIMARY KEY,
  mime_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  created_at BIGINT NOT NULL,
  data BYTEA
);
CREATE TABLE board_assets (
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  hash TEXT NOT NULL REFERENCES assets (hash),
  created_at BIGINT NOT NULL,
  PRIMARY KEY (board_id, hash)
);
CREATE INDEX board_assets_by_hash ON board_assets (hash);
CREATE TABLE ballots (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  vote_id TEXT NOT NULL,
  board_id TEXT NOT NULL REFERENCES boards (id) ON DELETE CASCADE,
  participant_id TEXT NOT NULL,
  shape_id TEXT NOT NULL,
  cast_by TEXT,
  cast_at BIGINT NOT NULL
);
CREATE INDEX ballots_by_board_vote ON ballots (board_id, vote_id, participant_id);
CREATE TABLE board_settings (
  board_id TEXT PRIMARY KEY REFERENCES boards (id) ON DELETE CASCADE,
  settings TEXT NOT NULL
);
`,
  },
  {
    version: 2,
    why: 'Board leases for several nodes: one owner per board, with a fencing token every write of its docs is checked against.',
    sql: `
-- One number for every lease ever granted, so a newer owner always holds a larger token than any before it.
CREATE SEQUENCE board_lease_tokens AS BIGINT;
CREATE TABLE board_leases (
  board_id TEXT PRIMARY KEY,
  node_id TEXT NOT NULL,
  -- Where other nodes reach the owner (http://host:port), to hand it requests for this board.
  node_address TEXT NOT NULL,
  token BIGINT NOT NULL,
  -- The database's own clock decides expiry, so the nodes' clocks never have to agree.
  expires_at TIMESTAMPTZ NOT NULL
);
`,
  },
  {
    version: 3,
    why: 'Rate-limit windows shared by every node, so a cluster gives a visitor as many tries as one server does.',
    sql: `
CREATE TABLE rate_windows (
  -- The limit's name and the client address, e.g. join_lookups_per_ip:203.0.113.7
  key TEXT PRIMARY KEY,
  -- On the database's clock, like the leases.
  ends_at TIMESTAMPTZ NOT NULL,
  count INTEGER NOT NULL
);
CREATE INDEX rate_windows_by_end ON rate_windows (ends_at);
`,
  },
  {
    version: 4,
    why: 'The board key secret’s fingerprint, written by the first server, so a server with another secret refuses to start instead of making links the others cannot open.',
    sql: `
CREATE TABLE board_key_fingerprint (
  -- One row only.
  one_row BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (one_row),
  -- An HMAC of a fixed label with the secret: it tells secrets apart, and does not give one away.
  fingerprint TEXT NOT NULL,
  recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
`,
  },
]

/** Thrown when the database was migrated by a newer WeSee. */
export class PostgresSchemaTooNewError extends Error {
  constructor(found: number, latest: number) {
    super(
      `This database was made by a newer version of WeSee (schema ${found}; this version knows up to ${latest}). ` +
        'Run the newer version, or restore a backup made with this one.',
    )
    this.name = 'PostgresSchemaTooNewError'
  }
}

/** Any fixed number, so that nodes starting together migrate one at a time. */
const migrationLockKey = 0x57655365 // "WeSe"

/**
 * Brings the database to the latest schema. Several nodes may start at
 * once: an advisory lock lets one migrate while the others wait, and then
 * they find nothing left to do. Returns the version afterwards.
 */
export async function migratePostgres(
  pool: pg.Pool,
  migrations: readonly PostgresMigration[] = postgresMigrations,
): Promise<number> {
  const latest = migrations.at(-1)?.version ?? 0
  const client = await pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock($1)', [migrationLockKey])
    try {
      await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY,
        applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
      )`)
      const { rows } = await client.query<{ version: number | null }>(
        'SELECT MAX(version) AS version FROM schema_migrations',
      )
      const current = rows[0]?.version ?? 0
      if (current > latest) throw new PostgresSchemaTooNewError(current, latest)
      for (const migration of migrations) {
        if (migration.version <= current) continue
        await client.query('BEGIN')
        try {
          await client.query(migration.sql)
          await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [migration.version])
          await client.query('COMMIT')
        } catch (error) {
          await client.query('ROLLBACK')
          throw error
        }
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [migrationLockKey])
    }
  } finally {
    client.release()
  }
  return latest
}

/**
 * For `pnpm wesee`: refuses a database no WeSee has used, or one at any
 * step but this version's latest, changing nothing (no lock, no table).
 */
export async function requireCurrentPostgresSchema(
  pool: pg.Pool,
  migrations: readonly PostgresMigration[] = postgresMigrations,
): Promise<void> {
  const latest = migrations.at(-1)?.version ?? 0
  // Asked first: a query naming a table that is not there fails as a whole.
  const found = await pool.query<{ present: boolean }>(
    "SELECT to_regclass('schema_migrations') IS NOT NULL AS present",
  )
  if (!found.rows[0]?.present) throw new NoWeSeeDataError()
  const { rows } = await pool.query<{ version: number | null }>(
    'SELECT MAX(version) AS version FROM schema_migrations',
  )
  const current = rows[0]?.version ?? 0
  if (current !== latest) throw new SchemaNotCurrentError(current, latest)
}
