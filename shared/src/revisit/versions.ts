import * as v from 'valibot'

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
}

/** Response of `GET /api/boards/:id/versions`, newest first. */
export interface VersionList {
  versions: VersionInfo[]
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
    v.string('Give the version a name.'),
    v.trim(),
    v.minLength(1, 'Give the version a name.'),
    v.maxLength(maxVersionNameLength, `The name is too long. Use ${maxVersionNameLength} letters or fewer.`),
    // eslint-disable-next-line no-control-regex
    v.regex(/^[^\u0000-\u001f\u007f]*$/, 'The name has characters we cannot show.'),
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
