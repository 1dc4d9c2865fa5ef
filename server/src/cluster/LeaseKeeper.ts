import type pg from 'pg'
import type { DocLog } from '../storage/DocLog.ts'
import type { BoardLease, BoardLeases, LeaseClaim } from './BoardLeases.ts'
import { FencedDocLog } from './FencedDocLog.ts'
import { LeaseLostError, type BoardWriteFence } from '../storage/postgres/boardWriteFence.ts'
import { logger } from '../logging/logger.ts'

/** A board's docs were asked of a node that does not hold its lease. */
export class NotOwnerError extends Error {
  constructor(readonly boardId: string) {
    super(`this node does not hold the lease of board ${boardId}`)
    this.name = 'NotOwnerError'
  }
}

export interface LeaseKeeperOptions {
  /** How often the held leases are renewed; a third of the lease by default, so two renewals may fail before it lapses. */
  renewEveryMs?: number
  /** Told once when a lease is lost (taken over, or not renewed in time): the board's rooms must close. */
  onLost: (lease: BoardLease) => void
  /** Whether the node still serves the board (a room of it is loaded); leases of boards no longer served are given up. */
  inUse: (boardId: string) => boolean
  /**
   * Run when this node has just taken a board's lease, before anyone is
   * served the board here: what a dead owner left unfinished (visits it
   * never saw end) is tidied now. A failure is logged; the board is served.
   */
  onTaken?: (boardId: string) => Promise<void>
}

interface HeldLease {
  lease: BoardLease
  /** performance.now() by which the lease lapses unless renewed: counted from before the statement that granted or renewed it. */
  lapsesAt: number
  claimedAt: number
}

/**
 * The leases one node holds, kept alive in the background. A lease counts
 * as held only until its local deadline, counted from *before* the
 * statement that granted or last renewed it, so this node stops serving a
 * board no later than the database lets another node take it, even when
 * PostgreSQL cannot be reached. The fence in FencedDocLog is what makes that
 * safe; this deadline only makes it prompt.
 */
export class LeaseKeeper implements BoardWriteFence {
  private readonly held = new Map<string, HeldLease>()
  private readonly claiming = new Map<string, Promise<LeaseClaim>>()
  private timer: NodeJS.Timeout | null = null
  private renewing: Promise<void> | null = null

  constructor(
    private readonly leases: BoardLeases,
    private readonly pool: pg.Pool,
    private readonly options: LeaseKeeperOptions,
  ) {}

  get nodeId(): string {
    return this.leases.nodeId
  }

  /** Starts renewing in the background. */
  start(): void {
    if (this.timer) return
    const every = this.options.renewEveryMs ?? Math.max(50, Math.floor(this.leases.leaseMs / 3))
    this.timer = setInterval(() => void this.renewNow(), every)
    this.timer.unref()
  }

  /** The lease this node holds on a board now, or null. */
  leaseOf(boardId: string): BoardLease | null {
    const held = this.held.get(boardId)
    if (!held) return null
    if (held.lapsesAt <= performance.now()) {
      this.lose(boardId, held)
      return null
    }
    return held.lease
  }

  /**
   * The token a write of the board's ballots, versions or arrivals is made
   * under (BoardWriteFence): the lease held now, never a new claim, so a
   * node that lost the board does not take it back to finish a late write.
   */
  tokenFor(boardId: string): bigint {
    const lease = this.leaseOf(boardId)
    if (!lease) throw new LeaseLostError(boardId, null)
    return lease.token
  }

  /** Takes the board's lease when it is free (or keeps the one held); else says who owns the board. */
  claim(boardId: string): Promise<LeaseClaim> {
    const lease = this.leaseOf(boardId)
    if (lease) return Promise.resolve({ held: lease })
    const pending = this.claiming.get(boardId)
    if (pending) return pending
    const claiming = this.claimOnce(boardId).finally(() => this.claiming.delete(boardId))
    this.claiming.set(boardId, claiming)
    return claiming
  }

  private async claimOnce(boardId: string): Promise<LeaseClaim> {
    const startedAt = performance.now()
    const claim = await this.leases.claim(boardId)
    if ('held' in claim) {
      // Before the lease counts as held: until then every claim of the board waits on this one.
      await this.options.onTaken?.(boardId).catch((error: unknown) => {
        logger.error({ err: error, boardId }, 'could not tidy up a board this node has just taken')
      })
      this.held.set(boardId, {
        lease: claim.held,
        lapsesAt: startedAt + this.leases.leaseMs,
        claimedAt: startedAt,
      })
    }
    return claim
  }

  /** How long a lease lasts without a renewal. */
  get leaseMs(): number {
    return this.leases.leaseMs
  }

  /** Whether the lease with this token is still the board's live one: its owner is alive, if slow. */
  async stillOwned(boardId: string, token: bigint): Promise<boolean> {
    return (await this.leases.ownerOf(boardId))?.token === token
  }

  /** The board's doc log, fenced by the lease held now; throws NotOwnerError without one. */
  async docLogFor(boardId: string): Promise<DocLog> {
    const claim = await this.claim(boardId)
    if (!('held' in claim)) throw new NotOwnerError(boardId)
    return new FencedDocLog(this.pool, claim.held)
  }

  /** Renews every held lease now (the timer calls this); a lease the database no longer grants is lost. */
  renewNow(): Promise<void> {
    this.renewing ??= this.renewAll().finally(() => {
      this.renewing = null
    })
    return this.renewing
  }

  private async renewAll(): Promise<void> {
    const startedAt = performance.now()
    const idle: HeldLease[] = []
    const keep: HeldLease[] = []
    for (const held of this.held.values()) {
      // Given a lease period to load its first room, a board nobody uses any more is let go.
      const unused =
        startedAt - held.claimedAt > this.leases.leaseMs && !this.options.inUse(held.lease.boardId)
      ;(unused ? idle : keep).push(held)
    }
    for (const held of idle) await this.release(held.lease.boardId)
    if (keep.length === 0) return
    let renewed: Set<string>
    try {
      renewed = await this.leases.renew(keep.map((held) => held.lease))
    } catch (error) {
      logger.error({ err: error }, 'could not renew board leases')
      // Not renewed: each lease lapses at its own deadline (leaseOf, or the next round).
      for (const held of keep) if (held.lapsesAt <= performance.now()) this.lose(held.lease.boardId, held)
      return
    }
    for (const held of keep) {
      if (this.held.get(held.lease.boardId) !== held) continue
      if (renewed.has(held.lease.boardId)) held.lapsesAt = startedAt + this.leases.leaseMs
      else this.lose(held.lease.boardId, held)
    }
  }

  /** Gives one board's lease up (its rooms have written their last). */
  async release(boardId: string): Promise<void> {
    const held = this.held.get(boardId)
    if (!held) return
    this.held.delete(boardId)
    try {
      await this.leases.release(held.lease)
    } catch (error) {
      // It lapses on its own within a lease period.
      logger.error({ err: error, boardId }, 'could not release the lease of a board')
    }
  }

  /** Stops renewing and gives every lease up (on a graceful stop, after the last writes). */
  async releaseAll(): Promise<void> {
    this.stop()
    await this.renewing
    await Promise.all([...this.held.keys()].map((boardId) => this.release(boardId)))
  }

  /** Stops renewing; held leases lapse on their own. */
  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }

  private lose(boardId: string, held: HeldLease): void {
    if (this.held.get(boardId) !== held) return
    this.held.delete(boardId)
    try {
      this.options.onLost(held.lease)
    } catch (error) {
      logger.error({ err: error, boardId }, 'closing a board after its lease was lost failed')
    }
  }
}
