import os from 'node:os'
import { nanoid } from 'nanoid'
import pg from 'pg'
import { migratePostgres, PostgresSchemaTooNewError } from '../storage/postgres/postgresMigrations.ts'
import { DatabaseUnavailableError } from '../storage/openStorage.ts'
import { BoardLeases, type BoardLease, type NodeIdentity } from './BoardLeases.ts'
import { LeaseKeeper } from './LeaseKeeper.ts'
import { logger } from '../logging/logger.ts'

/** How one node joins a cluster (docs/deploy-many.md). */
export interface ClusterSettings {
  /** The PostgreSQL every node shares. */
  databaseUrl: string
  /** Shared by every node and nobody else: proves a request was handed on by a node. At least 32 characters. */
  secret: string
  /** Where the other nodes reach this one (e.g. http://10.0.0.5:3000); null: http://<HOST>:<port> once listening. */
  nodeAddress: string | null
  /** How long a board stays with a node that stopped renewing (it died): the longest a board is out of reach. */
  leaseMs: number
  /** A readable prefix for this node's id (logs, the lease table); the id itself is new on every start. */
  nodeName?: string
}

/** Shortest secret a cluster may use: guessing it would let a visitor pass for a node. */
export const minimumClusterSecretLength = 32

/** What the server needs told when ownership changes. */
export interface ClusterHooks {
  /** The lease of a board was lost: its rooms must store nothing more and its clients connect again. */
  leaseLost: (lease: BoardLease) => void
  /** Whether this node still serves a board (a room of it is loaded). */
  inUse: (boardId: string) => boolean
  /** This node has just taken a board (LeaseKeeperOptions.onTaken). */
  boardTaken: (boardId: string) => Promise<void>
}

/**
 * This process as one node of a cluster: its id and address, its pool on
 * the shared PostgreSQL, and the leases it holds. WeSeeServer uses it to
 * fence its rooms' writes (LeaseKeeper.docLogFor) and to route requests
 * (BoardRouter).
 */
export class ClusterNode {
  readonly keeper: LeaseKeeper
  private constructor(
    readonly identity: NodeIdentity,
    readonly pool: pg.Pool,
    readonly settings: ClusterSettings,
    private readonly hooks: { current: ClusterHooks | null },
  ) {
    this.keeper = new LeaseKeeper(new BoardLeases(pool, identity, settings.leaseMs), pool, {
      onLost: (lease) => this.hooks.current?.leaseLost(lease),
      inUse: (boardId) => this.hooks.current?.inUse(boardId) ?? false,
      onTaken: (boardId) => this.hooks.current?.boardTaken(boardId) ?? Promise.resolve(),
    })
  }

  /** Connects to the shared database (bringing its schema up first) and starts keeping leases. */
  static async open(settings: ClusterSettings): Promise<ClusterNode> {
    if (settings.secret.length < minimumClusterSecretLength)
      throw new Error(`CLUSTER_SECRET must be at least ${minimumClusterSecretLength} characters long`)
    const pool = new pg.Pool({ connectionString: settings.databaseUrl, max: 10 })
    pool.on('error', (error) => logger.error({ err: error }, 'a PostgreSQL connection of the cluster failed'))
    try {
      await migratePostgres(pool)
    } catch (error) {
      await pool.end()
      // Opened before the store (whose writes it fences), so it says a database it cannot open as openStorage does.
      throw error instanceof PostgresSchemaTooNewError ? error : new DatabaseUnavailableError(error)
    }
    const identity: NodeIdentity = {
      nodeId: `${settings.nodeName ?? os.hostname()}-${nanoid(8)}`,
      address: settings.nodeAddress ?? '',
    }
    return new ClusterNode(identity, pool, settings, { current: null })
  }

  /** Wires the server in and starts renewing. */
  attach(hooks: ClusterHooks): void {
    this.hooks.current = hooks
    this.keeper.start()
  }

  /** Once listening: the address other nodes hand this node's boards' requests to (unless set). */
  listening(host: string, port: number): void {
    if (this.identity.address) return
    const reachable = host === '0.0.0.0' || host === '::' ? os.hostname() : host
    this.identity.address = `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`
  }

  /** After the last write: gives every lease up (others take the boards at once) and closes the pool. */
  async close(): Promise<void> {
    await this.keeper.releaseAll()
    await this.pool.end()
  }
}
