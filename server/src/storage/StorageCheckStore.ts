/** Rows of one kind that belong to no board (or to no picture). */
export interface OrphanCount {
  /** What they are, in words: "participants of a board that no longer exists". */
  what: string
  count: number
}

/**
 * What `pnpm wesee check` asks of storage beyond the other concerns: the
 * engine's own check of its files, rows that belong to nothing, and how
 * much the whole store takes. Read only.
 */
export interface StorageCheckStore {
  /**
   * What the engine's own check of its files finds wrong (empty when sound),
   * or null when it has none to run: PostgreSQL looks after its own pages.
   */
  damage(): Promise<string[] | null>
  /** Every kind of row that belongs to nothing, with how many there are (none with 0). */
  orphans(): Promise<OrphanCount[]>
  /** Bytes the store takes: SQLite's data folder, PostgreSQL's database. */
  storedBytes(): Promise<number>
  /**
   * The board key secret's fingerprint the servers agreed on
   * (BoardKeyVault.fingerprint), or null when none is kept: SQLite keeps the
   * secret beside itself, and a PostgreSQL no server has started on has none yet.
   */
  keySecretFingerprint(): Promise<string | null>
}

/**
 * The queries behind `orphans()`, written once in SQL both engines read the
 * same way (substr and length, not SQLite's GLOB or PostgreSQL's
 * starts_with), so both count the same rows. Each answers `n`.
 */
export const orphanQueries: ReadonlyArray<{ what: string; sql: string }> = [
  {
    what: 'stored board changes of a board that no longer exists',
    sql: `SELECT COUNT(*) AS n FROM doc_updates WHERE NOT EXISTS (SELECT 1 FROM boards
          WHERE substr(doc_updates.doc, 1, length(boards.id) + 1) = boards.id || '/')`,
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
