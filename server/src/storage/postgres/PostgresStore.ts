import pg from 'pg'
import type { BoardKeyVault } from '../../auth/boardKeyVault.ts'
import { logger } from '../../logging/logger.ts'
import type { BoardWriteFence } from './boardWriteFence.ts'
import { agreeOnKeySecret } from './keySecretFingerprint.ts'
import { migratePostgres, requireCurrentPostgresSchema } from './postgresMigrations.ts'
import { readOnlyConnection } from './readOnlyConnection.ts'
import { PostgresAssetRecords } from './PostgresAssetRecords.ts'
import { PostgresBallots } from './PostgresBallots.ts'
import { PostgresBoardSettings } from './PostgresBoardSettings.ts'
import { PostgresBoards } from './PostgresBoards.ts'
import { PostgresDocLog } from './PostgresDocLog.ts'
import { PostgresPeople } from './PostgresPeople.ts'
import { PostgresStorageCheck } from './PostgresStorageCheck.ts'
import { PostgresStorageHygiene } from './PostgresStorageHygiene.ts'
import { PostgresUploads } from './PostgresUploads.ts'
import { PostgresVersions } from './PostgresVersions.ts'
import type { BoardStore } from '../BoardStore.ts'
import type { StoreAccess } from '../storeAccess.ts'

/**
 * Storage in PostgreSQL, used when `DATABASE_URL` is set. Opened with
 * `open`, which brings the schema to the latest version first. Each
 * concern is its own part.
 */
export class PostgresStore implements BoardStore {
  readonly docLog: PostgresDocLog
  readonly ballots: PostgresBallots
  readonly versions: PostgresVersions
  /** The versions' tidy-up is answered by the same part as the versions. */
  readonly retention: PostgresVersions
  readonly people: PostgresPeople
  readonly settings: PostgresBoardSettings
  readonly boards: PostgresBoards
  readonly assets: PostgresAssetRecords
  readonly hygiene: PostgresStorageHygiene
  readonly checks: PostgresStorageCheck
  readonly uploads: PostgresUploads
  private closing: Promise<void> | null = null

  private constructor(
    private readonly pool: pg.Pool,
    keyVault: BoardKeyVault | null,
    /** On a node of a cluster, the leases the board's ballots, versions and arrivals are written under. */
    readonly fence: BoardWriteFence | null,
  ) {
    this.docLog = new PostgresDocLog(pool)
    this.ballots = new PostgresBallots(pool, fence)
    this.versions = new PostgresVersions(pool, fence)
    this.retention = this.versions
    this.people = new PostgresPeople(pool, fence)
    this.settings = new PostgresBoardSettings(pool)
    this.boards = new PostgresBoards(pool, keyVault)
    this.assets = new PostgresAssetRecords(pool)
    this.hygiene = new PostgresStorageHygiene(pool)
    this.checks = new PostgresStorageCheck(pool)
    this.uploads = new PostgresUploads(pool, this.assets, this.hygiene)
  }

  /**
   * `keyVault` seals the participant and viewer links, from the same
   * board-keys.secret every node shares (DATA_DIR, or BOARD_KEY_SECRET);
   * one whose fingerprint is not the database's is refused. Without it boards can
   * be read, with empty links, but not made or given new links. `access`
   * says what opening may change (see StoreAccess): the tools never migrate,
   * and `read` opens every connection read only. On a node of a cluster,
   * `fence` is its LeaseKeeper (the leases are in this same database): a
   * board's ballots, versions and arrivals are then written only while this
   * node holds its lease, as its docs are (FencedDocLog).
   */
  static async open(
    connectionString: string,
    {
      keyVault = null,
      access = 'server',
      fence = null,
    }: { keyVault?: BoardKeyVault | null; access?: StoreAccess; fence?: BoardWriteFence | null } = {},
  ): Promise<PostgresStore> {
    const pool = new pg.Pool({
      ...(access === 'read' ? readOnlyConnection(connectionString) : { connectionString }),
      max: 10,
    })
    // An idle connection the server dropped must not take the process with it.
    pool.on('error', (error) => logger.error({ err: error }, 'a PostgreSQL connection failed'))
    try {
      if (access === 'server') await migratePostgres(pool)
      else await requireCurrentPostgresSchema(pool)
      // Every server on one database must seal links with the same secret.
      if (keyVault) await agreeOnKeySecret(pool, keyVault)
    } catch (error) {
      await pool.end()
      throw error
    }
    return new PostgresStore(pool, keyVault, fence)
  }

  /** PostgreSQL keeps its own write-ahead log: nothing to move. */
  async checkpoint(_mode: 'PASSIVE' | 'TRUNCATE'): Promise<void> {}

  /** True when the database answers. */
  async isHealthy(): Promise<boolean> {
    try {
      const { rows } = await this.pool.query<{ one: number }>('SELECT 1 AS one')
      return rows[0]?.one === 1
    } catch {
      return false
    }
  }

  /** Ends the pool once; a second close (a stop after a failed start, a test's clean-up) waits for the first. */
  close(): Promise<void> {
    this.closing ??= this.pool.end()
    return this.closing
  }
}
