import http from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  defaultPresenceColour,
  displayName,
  formatDocName,
  participantsMapName,
  presenceRoleNames,
  Role,
  unknownPersonName,
  type ParticipantProfile,
  type PresenceIdentity,
} from '@wesee/shared'
import { FileUploads } from './assets/FileUploads.ts'
import type { DocGrant } from './auth/docAccess.ts'
import { BoardRouter } from './cluster/BoardRouter.ts'
import type { ClusterNode } from './cluster/ClusterNode.ts'
import type { LimitCounter } from './http/limits/LimitCounter.ts'
import { MemoryLimitCounter } from './http/limits/MemoryLimitCounter.ts'
import { PostgresLimitCounter } from './storage/postgres/PostgresLimitCounter.ts'
import { PostgresStore } from './storage/postgres/PostgresStore.ts'
import type { ServerConfig } from './config.ts'
import { markServerRunning } from './dataDir/runningServer.ts'
import { FacilitationService } from './facilitation/FacilitationService.ts'
import { Maintenance } from './maintenance/Maintenance.ts'
import { assetRoutes } from './http/assetRoutes.ts'
import { boardKeyRoutes } from './http/boardKeyRoutes.ts'
import { backupRoutes } from './http/backupRoutes.ts'
import { boardManagementRoutes } from './http/boardManagementRoutes.ts'
import { clockRoutes } from './http/clockRoutes.ts'
import { createApp } from './http/createApp.ts'
import { refuseRequestWhileStopping } from './lifecycle/refuseWhileStopping.ts'
import { RequestsUnderWay } from './lifecycle/RequestsUnderWay.ts'
import { WalCheckpoints } from './lifecycle/WalCheckpoints.ts'
import { participantRoutes } from './http/participantRoutes.ts'
import { participationRoutes } from './http/participationRoutes.ts'
import { PresenceHeartbeat } from './participation/PresenceHeartbeat.ts'
import { pictureRoutes } from './http/pictureRoutes.ts'
import { storyRoutes } from './http/storyRoutes.ts'
import { boardSettingsRoutes } from './http/boardSettingsRoutes.ts'
import { updateRoutes } from './http/updateRoutes.ts'
import { summaryRoutes } from './http/summaryRoutes.ts'
import { PrivateNoteCounter } from './privateWriting/PrivateNoteCounter.ts'
import { versionRoutes } from './http/versionRoutes.ts'
import { privateWritingRoutes } from './http/privateWritingRoutes.ts'
import { voteRoutes } from './http/voteRoutes.ts'
import { RoomRegistry } from './rooms/RoomRegistry.ts'
import type { BoardStore } from './storage/BoardStore.ts'
import type { UploadStore } from './storage/UploadStore.ts'
import type { Storage } from './storage/openStorage.ts'
import { SqliteBoardStore } from './storage/SqliteBoardStore.ts'
import { clientAddress, type TrustProxy } from './sync/clientAddress.ts'
import type { SyncConnection } from './sync/SyncConnection.ts'
import { SyncServer } from './sync/SyncServer.ts'
import { VersionService } from './versions/VersionService.ts'
import { logger } from './logging/logger.ts'
import { logRequest } from './logging/requestLog.ts'
import { metricsRoute } from './http/metricsRoute.ts'
import { readServerGauges } from './metrics/readServerGauges.ts'

/** What a server may be given besides its configuration. */
export interface WeSeeServerOptions {
  /**
   * This process as one node of several on one PostgreSQL: each board is
   * served by its lease holder, and requests for others' boards are handed
   * to them (docs/deploy-many.md says what is ready).
   */
  cluster?: ClusterNode
  /** Where boards and pictures are kept (openStorage); SQLite and files in the data folder when not given. */
  storage?: Storage
}

/**
 * The whole WeSee server: storage, rooms, the HTTP API and the sync
 * endpoint, wired together. `main.ts` runs one; tests start their own on a
 * free port with a temporary data folder.
 */
export class WeSeeServer {
  readonly store: BoardStore
  readonly registry: RoomRegistry
  readonly sync: SyncServer
  readonly facilitation: FacilitationService
  readonly assets: UploadStore
  readonly versions: VersionService
  /** The periodic tidy-up: old versions thinned, unused uploads removed. */
  readonly maintenance: Maintenance
  readonly http: http.Server
  /** Keeps each person's private note count (a number only) in the control doc. */
  readonly privateNoteCounter: PrivateNoteCounter
  private readonly presenceHeartbeat: PresenceHeartbeat
  /** Keeps the write-ahead log small between restarts. */
  readonly walCheckpoints: WalCheckpoints
  private closing: Promise<void> | null = null
  private readonly unmarkRunning: () => void
  /** True from the first moment of a stop: new requests and sockets are turned away. */
  private stopping = false
  private readonly requestsUnderWay = new RequestsUnderWay()
  /** On a node of a cluster: hands each board's requests to its owner. */
  readonly router: BoardRouter | null = null
  private readonly cluster: ClusterNode | null

  constructor(
    readonly config: ServerConfig,
    options: WeSeeServerOptions = {},
  ) {
    this.cluster = options.cluster ?? null
    const cluster = this.cluster
    if (options.storage) {
      this.store = options.storage.store
      this.assets = options.storage.uploads
    } else {
      const sqlite = new SqliteBoardStore(config.dataDir)
      this.store = sqlite
      this.assets = new FileUploads(config.dataDir, sqlite.assets, sqlite.hygiene)
    }
    // A node's ballots, versions and arrivals are written under its leases, as its docs are.
    if (cluster && !(this.store instanceof PostgresStore && this.store.fence === cluster.keeper))
      throw new Error('a node of a cluster opens its store with its leases as the fence (openStorage, fence)')
    // So `pnpm wesee restore` will not swap the data folder under a running server.
    this.unmarkRunning = markServerRunning(config.dataDir)
    this.walCheckpoints = new WalCheckpoints(this.store, config.walCheckpointEveryMs)
    this.walCheckpoints.start()
    this.registry = new RoomRegistry(this.store, {
      idleUnloadMs: config.idleUnloadMs,
      compactAfterUpdates: config.compactAfterUpdates,
      limits: config.limits,
      maxPresenceBytes: config.limits.maxPresenceBytes,
      docLogFor: cluster ? (boardId) => cluster.keeper.docLogFor(boardId) : undefined,
    })
    this.facilitation = new FacilitationService(
      this.store,
      this.registry,
      Date.now,
      {
        resyncDroppedWriters: (boardId) => this.sync.resyncDroppedWriters(boardId),
        servesBoard: cluster ? (boardId) => cluster.keeper.leaseOf(boardId) !== null : undefined,
      },
      config.limits,
    )
    this.presenceHeartbeat = new PresenceHeartbeat(
      this.store,
      () => this.facilitation.presentPeople(),
      config.presenceHeartbeatMs,
    )
    this.presenceHeartbeat.start()
    this.privateNoteCounter = new PrivateNoteCounter(this.registry, this.facilitation)
    this.versions = new VersionService(this.store, this.registry, Date.now, { retention: config.retention })
    this.versions.start()
    this.maintenance = new Maintenance(
      { store: this.store, assets: this.assets, retention: this.versions.retention },
      config.maintenanceEveryMs,
    )
    this.maintenance.start()
    this.sync = new SyncServer({
      store: this.store,
      registry: this.registry,
      limits: config.limits,
      heartbeatMs: config.heartbeatMs,
      checkToken: (boardId, token) => this.facilitation.participantForToken(boardId, token),
      canWrite: (grant) => this.canWrite(grant),
      presenceIdentity: (grant, connection) => this.presenceIdentity(grant, connection),
      clientAddress: (request) => this.router?.vouchedAddress(request) ?? clientAddress(request, trust),
      onConnectionOpened: (grant) => {
        if (grant.participantId) this.facilitation.connectionOpened(grant.boardId, grant.participantId)
      },
      onConnectionClosed: (grant) => {
        if (grant.participantId) this.facilitation.connectionClosed(grant.boardId, grant.participantId)
      },
    })
    // One server counts tries in memory; the nodes of a cluster count them together, in their PostgreSQL.
    const limitCounter: LimitCounter = cluster
      ? new PostgresLimitCounter(cluster.pool)
      : new MemoryLimitCounter()
    const app = createApp(
      config,
      this.store,
      limitCounter,
      [
        participantRoutes(config, this.store, this.facilitation, limitCounter),
        pictureRoutes(),
        participationRoutes(this.store, this.registry, this.facilitation),
        versionRoutes(this.store, this.versions),
        summaryRoutes(this.store, this.registry, this.facilitation, this.assets),
        boardSettingsRoutes(this.store, this.facilitation),
        updateRoutes(this.store, this.registry, this.facilitation),
        storyRoutes(this.store, this.registry, this.facilitation),
        boardManagementRoutes(config, {
          store: this.store,
          registry: this.registry,
          sync: this.sync,
          assets: this.assets,
        }),
        boardKeyRoutes(config, { store: this.store, sync: this.sync }),
        voteRoutes(this.store, this.facilitation),
        privateWritingRoutes(this.store, this.registry, this.facilitation),
        clockRoutes(),
        metricsRoute(config, () => readServerGauges(this.registry, this.sync)),
      ],
      [
        assetRoutes(config, this.store, this.assets, limitCounter),
        backupRoutes(config, {
          store: this.store,
          registry: this.registry,
          assets: this.assets,
          limitCounter,
        }),
      ],
      () => this.registry.settled(),
    )
    // The same proxy trust as express's req.ip, for sockets that never reach express.
    const trust = app.get('trust proxy fn') as TrustProxy
    if (cluster) {
      this.router = new BoardRouter({
        keeper: cluster.keeper,
        secret: cluster.settings.secret,
        clientAddress: (request) => clientAddress(request, trust),
        boardExists: async (boardId) => (await this.store.boards.getBoard(boardId)) !== null,
      })
      cluster.attach({
        leaseLost: (lease) => this.boardLeaseLost(lease.boardId),
        inUse: (boardId) => this.registry.holdsBoard(boardId),
        // The board's last owner may have died with people on it; nobody is on it here yet.
        boardTaken: (boardId) => this.endVisitsLeftOpen([boardId]),
      })
    }
    const router = this.router
    this.http = http.createServer((req, res) => {
      if (this.stopping) return refuseRequestWhileStopping(res)
      logRequest(req, res)
      this.requestsUnderWay.track(res)
      if (router) router.handleRequest(req, res, () => app(req, res))
      else app(req, res)
    })
    this.http.on('upgrade', (request, socket, head) => {
      const serve = () => {
        if (!this.sync.handleUpgrade(request, socket, head)) socket.destroy()
      }
      if (router) router.handleUpgrade(request, socket, head, serve)
      else serve()
    })
  }

  /**
   * Another node owns the board now (or may take it): what is in memory
   * here may be behind, and nothing more of it can be stored. Its rooms go
   * without writing, and everyone on it is asked to connect again, which
   * brings them to the new owner through any node.
   */
  private boardLeaseLost(boardId: string): void {
    logger.warn({ boardId }, 'lost the lease of a board; its people will connect again')
    void this.registry.discardBoard(boardId)
    for (const connection of this.sync.connectionsOfBoard(boardId)) connection.closeAs('ConnectAgain')
  }

  /** Who may change a doc right now. Checked on every message, so it can change live. */
  private canWrite(grant: DocGrant): boolean {
    switch (grant.doc.kind) {
      case 'content':
        if (grant.role === Role.Facilitator) return true
        // While the facilitator has paused editing, participants' updates are dropped.
        return grant.role === Role.Participant && !this.registry.boardFlags.current(grant.boardId)?.locked
      case 'control':
      case 'facilitator':
        // Only server code writes the control doc and the facilitator's doc.
        return false
      case 'private':
        return grant.participantId === grant.doc.participantId
    }
  }

  /**
   * Who a connection's presence speaks for, written by the server over
   * whatever the client sent: a participant is their profile (id, name,
   * colour); a connection without a token is only its role, with an id of
   * its own, so it can never pass for a person (nor lead "Follow me").
   * Viewers, and docs other than the board, show no presence.
   */
  private presenceIdentity(grant: DocGrant, connection: SyncConnection): PresenceIdentity | null {
    if (grant.role === Role.Viewer || grant.doc.kind !== 'content') return null
    if (!grant.participantId) {
      return {
        // ":" never appears in a participant id (nanoid), so this cannot pass for a person.
        userId: `key:${grant.role}:${connectionIds.idOf(connection)}`,
        userName: presenceRoleNames[grant.role],
        color: defaultPresenceColour,
      }
    }
    const control = this.registry.get(formatDocName({ boardId: grant.boardId, kind: 'control' }))
    const profile = control?.doc.getMap<ParticipantProfile>(participantsMapName).get(grant.participantId)
    return {
      userId: grant.participantId,
      userName: profile ? displayName(profile) : unknownPersonName,
      color: typeof profile?.colour === 'string' ? profile.colour : defaultPresenceColour,
    }
  }

  /**
   * Ends the visits the last run never saw end (a crash) at their last
   * heartbeat, before anyone can arrive again (on a node of a cluster, as it
   * takes each board instead), then starts listening; resolves with the
   * port (useful with port 0).
   */
  async listen(): Promise<number> {
    // A node of a cluster must not end the visits of people on other nodes' boards: it does this for each board it takes.
    if (!this.cluster) await this.endVisitsLeftOpen()
    return new Promise((resolve, reject) => {
      this.http.once('error', reject)
      this.http.listen(this.config.port, this.config.host, () => {
        this.http.off('error', reject)
        const { port } = this.http.address() as AddressInfo
        this.cluster?.listening(this.config.host, port)
        resolve(port)
      })
    })
  }

  /** Ends the visits a server that stopped without seeing them end (a crash) left open, at their last heartbeat. */
  private async endVisitsLeftOpen(boardIds?: readonly string[]): Promise<void> {
    const repaired = await this.store.people.closeUnfinishedVisits(boardIds)
    if (repaired > 0)
      logger.info({ visits: repaired, boardIds }, 'ended the visits left open at their last heartbeat')
  }

  /**
   * A graceful stop, bounded by `shutdownTimeoutMs`: answers new requests
   * and sockets with a plain 503 (a proxy or a reconnecting client sees the
   * server is restarting, not a refused connection); tells every client
   * the server is restarting and stores every update their sockets deliver
   * until they have closed; lets requests under way finish; then compacts
   * and unloads every doc (each room's write queue empties first), empties
   * the write-ahead log into the database and closes it. Sockets and
   * requests still open after half the time are cut; if the store has not
   * taken every update by the end of the time, the stop rejects (main.ts
   * then exits with 1), leaving unstored only what nobody was ever shown.
   */
  close(): Promise<void> {
    this.closing ??= this.drain()
    return this.closing
  }

  private async drain(): Promise<void> {
    this.stopping = true
    const deadline = Date.now() + this.config.shutdownTimeoutMs
    const graceMs = this.config.shutdownTimeoutMs / 2
    this.versions.stop()
    this.maintenance.stop()
    this.walCheckpoints.stop()
    const held = this.registry.holdForShutdown()
    this.router?.cutForwardedSockets()
    await Promise.all([this.sync.drain(graceMs), withinTime(this.requestsUnderWay.allFinished(), graceMs)])
    // The leaves of the people whose sockets just closed are written; no later beat may outlive them.
    this.presenceHeartbeat.stop()
    await this.facilitation.presenceSettled()
    const listenerClosed = new Promise<void>((resolve) => this.http.close(() => resolve()))
    this.http.closeAllConnections()
    await listenerClosed
    // Work the closes and the last requests started (a control doc taking a leave) runs to its end.
    await new Promise((resolve) => setImmediate(resolve))
    await held
    await this.registry.loadsSettled()
    // Every room's write queue empties (what the closed sockets delivered is stored), then each
    // stores its snapshot, before the database closes; all within what is left of the bound.
    const stored = await withinTime(
      this.registry.settled().then(() => this.registry.closeAll()),
      deadline - Date.now(),
    )
    if (stored === 'late') {
      // Not stored means never shown to anyone (stored before seen); their writers still hold them.
      const unsettled = this.registry.unsettledRooms()
      throw new Error(
        `${unsettled} ${unsettled === 1 ? 'doc was' : 'docs were'} still storing updates when the time to stop (${this.config.shutdownTimeoutMs} ms) ran out`,
      )
    }
    // Then its leases go, so other nodes take its boards at once rather than after they lapse.
    this.router?.close()
    await this.cluster
      ?.close()
      .catch((error: unknown) => logger.error({ err: error }, 'could not leave the cluster'))
    try {
      await this.store.checkpoint('TRUNCATE')
    } catch (error) {
      logger.error({ err: error }, 'could not checkpoint the database')
    }
    await this.store.close()
    this.unmarkRunning()
  }
}

/** Waits for `promise` at most `ms`; says whether it settled in time. */
function withinTime(promise: Promise<void>, ms: number): Promise<'done' | 'late'> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), Math.max(0, ms))
  })
  return Promise.race([promise.then(() => 'done' as const), late]).finally(() => clearTimeout(timer))
}

/** A short id per connection, for the presence of connections without a token. */
const connectionIds = (() => {
  const ids = new WeakMap<object, number>()
  let next = 1
  return {
    idOf(connection: object): number {
      let id = ids.get(connection)
      if (id === undefined) {
        id = next++
        ids.set(connection, id)
      }
      return id
    },
  }
})()
