export type { BallotRow } from './BallotStore.ts'
export type { VersionListing, VersionRow } from './VersionStore.ts'
import type { AcceptedImageType, TemplateId } from '@wesee/shared'
import type { AssetRecords } from './AssetRecords.ts'
import type { BallotStore } from './BallotStore.ts'
import type { BoardRecords } from './BoardRecords.ts'
import type { DocLog } from './DocLog.ts'
import type { PeopleStore } from './PeopleStore.ts'
import type { BoardSettingsStore } from './BoardSettingsStore.ts'
import type { VersionStore } from './VersionStore.ts'
import type { StorageHygieneStore } from './StorageHygieneStore.ts'
import type { StorageCheckStore } from './StorageCheckStore.ts'
import type { VersionRetentionStore } from './VersionRetentionStore.ts'

/**
 * A board as the server holds it. The facilitator key is only a hash (it is
 * shown once, at creation); the participant and viewer keys are sealed at
 * rest and opened here, because the join code and invite panel need them.
 * Never send this row to a client as is.
 */
export interface BoardRow {
  id: string
  title: string
  template: TemplateId
  createdAt: number
  archived: boolean
  facilitatorKeyHash: string
  participantKey: string
  viewerKey: string
  joinCode: string
  joiningOpen: boolean
  locked: boolean
  /** Participants have the drawing tools (pen, highlighter, eraser); the facilitator may put them away. */
  drawing: boolean
}

/** The switches of a board the server checks on every message (each mirrored in the control doc). */
export type BoardFlags = Pick<BoardRow, 'joiningOpen' | 'locked' | 'drawing'>

/** A board just made: the one moment the server holds its facilitator key itself. */
export type NewBoard = BoardRow & { facilitatorKey: string }

/** A participant as stored. Only a hash of their token is kept. */
export interface ParticipantRow {
  id: string
  boardId: string
  tokenHash: string
  createdAt: number
}

/** A participant arriving or leaving (for the participation record). */
export interface PresenceEvent {
  boardId: string
  participantId: string
  kind: 'arrive' | 'leave'
  at: number
}

/** An uploaded image as stored. Its bytes live in a file named after the hash. */
export interface AssetRow {
  /** SHA-256 of the bytes, lower-case hex. */
  hash: string
  mimeType: AcceptedImageType
  size: number
  width: number
  height: number
  createdAt: number
}

/**
 * What the server needs from storage, split by concern into small async
 * interfaces, each with one contract suite run against every engine:
 * SQLite (SqliteBoardStore, the default) and PostgreSQL (PostgresStore,
 * when DATABASE_URL is set).
 */
export interface BoardStore {
  /** Each doc's log of updates, as the rooms load, append and compact them. */
  readonly docLog: DocLog
  /** The boards themselves: their rows, keys and switches. */
  readonly boards: BoardRecords
  /** The people of each board and when they came and went. */
  readonly people: PeopleStore

  /** Each board's settings (the defaults until the facilitator sets them). */
  readonly settings: BoardSettingsStore

  /** Which uploaded images exist and which boards use them (the bytes are an UploadStore's). */
  readonly assets: AssetRecords
  /** What the uploads tidy-up and the size report ask of storage. */
  readonly hygiene: StorageHygieneStore
  /** What `pnpm wesee check` asks: the engine's own check, rows that belong to nothing, the size. */
  readonly checks: StorageCheckStore
  /** Secret votes, one row per vote a person gives a note. */
  readonly ballots: BallotStore
  /** A board's saved versions (restore points). */
  readonly versions: VersionStore
  /** What the version tidy-up asks of storage. */
  readonly retention: VersionRetentionStore

  /** True when the store answers. */
  isHealthy(): Promise<boolean>
  /**
   * Moves what the write-ahead log holds into the database: PASSIVE now and
   * then without waiting for anyone, TRUNCATE on a stop so the log is left empty.
   */
  checkpoint(mode: 'PASSIVE' | 'TRUNCATE'): Promise<void>
  close(): Promise<void>
}
