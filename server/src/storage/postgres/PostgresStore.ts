import pg from 'pg'
import type { BoardKeyVault } from '../../auth/boardKeyVault.ts'
import { logger } from '../../logging/logger.ts'
import { migratePostgres } from './postgresMigrations.ts'
import { PostgresAssetRecords } from './PostgresAssetRecords.ts'
import { PostgresBallots } from './PostgresBallots.ts'
import { PostgresBoardSettings } from './PostgresBoardSettings.ts'
import { PostgresBoards } from './PostgresBoards.ts'
import { PostgresDocLog } from './PostgresDocLog.ts'
import { PostgresPeople } from './PostgresPeople.ts'
import { PostgresStorageHygiene } from './PostgresStorageHygiene.ts'
import { PostgresUploads } from './PostgresUploads.ts'
import { PostgresVersions } from './PostgresVersions.ts'

/**
 * Storage in PostgreSQL, used when `DATABASE_URL` is set. Opened with
 * `open`, which brings the schema to the latest version first. Built
 * concern by concern (docs/deploy-many.md says what is not there yet).
 */
export class PostgresStore {
  readonly docLog: PostgresDocLog
  readonly ballots: PostgresBallots
  readonly versions: PostgresVersions
  readonly people: PostgresPeople
  readonly boardSettings: PostgresBoardSettings
  readonly boards: PostgresBoards
  readonly assets: PostgresAssetRecords
  readonly hygiene: PostgresStorageHygiene
  readonly uploads: PostgresUploads

  private constructor(
    private readonly pool: pg.Pool,
    keyVault: BoardKeyVault | null,
  ) {
    this.docLog = new PostgresDocLog(pool)
    this.ballots = new PostgresBallots(pool)
    this.versions = new PostgresVersions(pool)
    this.people = new PostgresPeople(pool)
    this.boardSettings = new PostgresBoardSettings(pool)
    this.boards = new PostgresBoards(pool, keyVault)
    this.assets = new PostgresAssetRecords(pool)
    this.hygiene = new PostgresStorageHygiene(pool)
    this.uploads = new PostgresUploads(pool, this.assets, this.hygiene)
  }

  /**
   * `keyVault` seals the participant and viewer links, from the same
   * board-keys.secret every node shares (DATA_DIR). Without it boards can
   * be read, with empty links, but not made or given new links.
   */
  static async open(
    connectionString: string,
    { keyVault = null }: { keyVault?: BoardKeyVault | null } = {},
  ): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString, max: 10 })
    // An idle connection the server dropped must not take the process with it.
    pool.on('error', (error) => logger.error({ err: error }, 'a PostgreSQL connection failed'))
    try {
      await migratePostgres(pool)
    } catch (error) {
      await pool.end()
      throw error
    }
    return new PostgresStore(pool, keyVault)
  }

  /** True when the database answers. */
  async isHealthy(): Promise<boolean> {
    try {
      const { rows } = await this.pool.query<{ one: number }>('SELECT 1 AS one')
      return rows[0]?.one === 1
    } catch {
      return false
    }
  }

  close(): Promise<void> {
    return this.pool.end()
  }
}
