import * as v from 'valibot'
import { ErrorReason, schemaMessage } from '../errorReasons.ts'

/**
 * Versions: restore points of a board. The server saves one automatically
 * on each trigger below; a facilitator saves one by name, previews any
 * version read-only, and restores one (the present is saved first).
 */
export const VersionTrigger = {
  /** "Save a version", with a name. */
  Manual: 'manual',
  /** The facilitator moved the group to another step (`stage.set`). */
  Stage: 'stage',
  /** Vote results were shown (`vote.reveal`). */
  VoteReveal: 'vote-reveal',
  /** Everyone's private notes were revealed (`private.reveal`). */
  PrivateReveal: 'private-reveal',
  /** An hour of changes since the last version. */
  Hourly: 'hourly',
  /** The present, kept just before an older version was restored. */
  BeforeRestore: 'before-restore',
} as const

export type VersionTrigger = (typeof VersionTrigger)[keyof typeof VersionTrigger]

export const versionTriggers: readonly VersionTrigger[] = Object.values(VersionTrigger)

/** True when `value` is a version trigger. */
export function isVersionTrigger(value: unknown): value is VersionTrigger {
  return typeof value === 'string' && (versionTriggers as readonly string[]).includes(value)
}

export const maxVersionNameLength = 80

/**
 * Why a version is kept (docs/operations.md, "Version retention"). Named
 * versions stay until deleted; automatic ones are thinned by age, and the
 * newest automatic version of each stage always stays.
 */
export const VersionKeptReason = {
  /** Saved by hand, with a name. */
  Named: 'named',
  /** Saved within the last day (every one is kept). */
  Recent: 'recent',
  /** The last one of a past session (a run of versions less than two hours apart). */
  Session: 'session',
  /** The last one of its month, once older than a year. */
  Month: 'month',
  /** The newest automatic version of its stage: the stage's only restore point left. */
  StageLatest: 'stage-latest',
} as const

export type VersionKeptReason = (typeof VersionKeptReason)[keyof typeof VersionKeptReason]

/** Why a version is kept; null in `VersionInfo.kept` when the next tidy-up will remove it. */
export interface VersionKept {
  reason: VersionKeptReason
  /** For `stage-latest`: the stage (a StageId), or null for versions from before any stage began. */
  stage?: string | null
}

/** One version as listed (without its data). */
export interface VersionInfo {
  id: string
  /** ISO time it was saved. */
  createdAt: string
  trigger: VersionTrigger
  /** Given by a person, or written by the server for automatic versions. */
  name: string | null
  /** How many bytes it takes in storage. */
  size: number
  /** The stage the group was in when it was saved (a StageId), or null. */
  stage: string | null
  /** Why it is kept, or null when the next tidy-up will remove it (listing only). */
  kept?: VersionKept | null
}

/** How much of the server's disk a board takes, in bytes (an image shared by boards counts for each). */
export interface BoardStorage {
  total: number
  /** The board, its control doc and private notes as stored. */
  docs: number
  versions: number
  /** Uploaded images it uses. */
  uploads: number
}

/** Response of `GET /api/boards/:id/versions`, newest first. */
export interface VersionList {
  versions: VersionInfo[]
  /** How much the board takes in storage. */
  storage: BoardStorage
}

/** Response of `GET /api/boards/:id/versions/:versionId`: the version, to look at read-only. */
export interface VersionPreview {
  version: VersionInfo
  /** The board's tldraw records as they were (migrated to the current schema). */
  records: unknown[]
  /** The control doc's sections as they were. */
  control: Record<string, unknown>
}

/** Response of `POST /api/boards/:id/versions/:versionId/restore`. */
export interface RestoredVersion {
  restored: VersionInfo
  /** The present as it was just before, kept as a version. */
  saved: VersionInfo
}

/** Body of `POST /api/boards/:id/versions`. */
export const saveVersionRequestSchema = v.object({
  name: v.pipe(
    v.string(schemaMessage(ErrorReason.VersionNameMissing)),
    v.trim(),
    v.minLength(1, schemaMessage(ErrorReason.VersionNameMissing)),
    v.maxLength(maxVersionNameLength, schemaMessage(ErrorReason.NameTooLong, { max: maxVersionNameLength })),
    // eslint-disable-next-line no-control-regex
    v.regex(/^[^\u0000-\u001f\u007f]*$/, schemaMessage(ErrorReason.NameUnshowable)),
  ),
})

/** The control doc section that tells everyone the board went back to a version (so it can be announced). */
export interface VersionRestoredState {
  versionId: string
  name: string | null
  /** A VersionTrigger. */
  trigger: string
  /** When the restored version was saved (ms). */
  savedAt: number
  /** When it was restored (ms). */
  at: number
}
