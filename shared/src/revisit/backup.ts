import * as v from 'valibot'
import { acceptedImageTypes } from '../assets.ts'
import { avatarSchema, maxNameLength } from '../commands/profileFields.ts'
import type { ParticipantProfile } from '../controlDoc.ts'
import {
  controlSectionSchemas,
  isControlSectionName,
  type ControlSectionName,
} from '../controlSectionSchemas.ts'
import type { JsonShapeLimits } from '../jsonShape.ts'
import { defaultLimits } from '../limits.ts'
import { templateIds, type TemplateId } from '../templateIds.ts'
import { maxVersionNameLength, versionTriggers, type VersionTrigger } from './versions.ts'

/**
 * A board backup: one JSON file with everything on a board, which any
 * WeSee server can bring in as a new board (`GET /api/boards/:id/export`,
 * `POST /api/boards/import`). Keys and tokens are never in it.
 */
export const backupFormat = 'wesee-board-backup'
export const backupFormatVersion = 1

/** Most records a backup (or one of its versions) may hold. */
export const maxBackupRecords = 20_000
/** Most versions a backup may carry. */
export const maxBackupVersions = 500
/**
 * How deep and how long anything in a backup file may be, checked on the
 * parsed file before any schema walks it (a 300,000-item list or lists
 * nested thousands deep are refused in plain words, never a crash).
 * Far beyond any real board: records nest about fifteen deep, and the
 * longest lists are the records (at most maxBackupRecords).
 */
export const backupShapeLimits: JsonShapeLimits = { maxDepth: 40, maxItems: 50_000 }

/**
 * What an import does with each section of the file's control doc. The
 * server owns the live session (a vote and its secret ballots, private
 * writing, following, bringing everyone, the timer), and those belong to
 * the board they happened on: an imported board starts them fresh, so it
 * can never answer with another board's ballots. What describes the board
 * itself comes along, each checked against its section's schema.
 * - `keep`: checked, then kept as it is (`joining` gets the new board's code);
 * - `renew`: checked, then kept with new ids (finished votes' results);
 * - `reset`: the new board starts with the section's first value.
 * Sections this WeSee has no schema for are left out.
 */
export const importSectionPolicy = {
  joining: 'keep',
  lock: 'keep',
  tools: 'keep',
  stages: 'keep',
  stage: 'keep',
  voteResults: 'renew',
  follow: 'reset',
  summon: 'reset',
  vote: 'reset',
  timer: 'reset',
  privateWriting: 'reset',
  versionRestored: 'reset',
  // What the group agreed describes the board; who is speaking now does not.
  agreements: 'keep',
  hands: 'reset',
  turn: 'reset',
  round: 'reset',
  cards: 'reset',
  storyOnScreen: 'reset',
  // What happened to what people said is part of the board's story.
  youSaid: 'keep',
  // A copy of the board's settings, which come with the board and are copied in again when it opens.
  languages: 'reset',
} as const satisfies Record<ControlSectionName, 'keep' | 'renew' | 'reset'>

/** The control doc in a backup: its sections, and the people by id. */
export interface BackupControl {
  state: Record<string, unknown>
  participants: Record<string, ParticipantProfile>
}

/** One saved version in a backup. */
export interface BackupVersion {
  createdAt: string
  trigger: VersionTrigger
  name: string | null
  /** The tldraw schema its records were written with. */
  schema: unknown
  records: unknown[]
  control: BackupControl
}

/** An uploaded image the board uses, so the backup works on a server that never saw it. */
export interface BackupImage {
  /** SHA-256 of the bytes, lower-case hex (checked on import). */
  hash: string
  mimeType: string
  /** The bytes, base64. */
  data: string
}

/** The whole backup file. */
export interface BoardBackup {
  format: typeof backupFormat
  formatVersion: typeof backupFormatVersion
  exportedAt: string
  board: { id: string; title: string; template: TemplateId; createdAt: string; archived: boolean }
  /** The tldraw schema `records` were written with (the server migrates older ones on import). */
  schema: unknown
  /** The content doc's tldraw records, sorted by id. */
  records: unknown[]
  control: BackupControl
  images: BackupImage[]
  versions?: BackupVersion[]
}

const isoTime = v.pipe(
  v.string('A time in the file is not right.'),
  v.isoTimestamp('A time in the file is not right.'),
)

const sectionName = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, 'A section name in the file is not right.'),
)

const participantProfileSchema = v.strictObject(
  {
    id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, 'A person in the file has a wrong id.')),
    name: v.nullable(
      v.pipe(
        v.string('A name in the file is not words.'),
        v.maxLength(maxNameLength, 'A name in the file is too long.'),
      ),
    ),
    avatar: avatarSchema,
    anonymous: v.boolean('A person in the file is not right.'),
    credit: v.boolean('A person in the file is not right.'),
    colour: v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'A colour in the file is not right.')),
    isFacilitator: v.boolean('A person in the file is not right.'),
    joinedAt: v.number('A time in the file is not right.'),
    lastSeenAt: v.number('A time in the file is not right.'),
    present: v.boolean('A person in the file is not right.'),
  },
  'A person in the file is not right.',
)

/**
 * The file's sections: every section an import keeps must pass its schema
 * (the file can carry only what the schemas allow); the rest are replaced
 * or left out on import (importSectionPolicy), so they need only be JSON.
 */
const controlStateSchema = v.pipe(
  v.record(sectionName, v.unknown(), 'The session part of the file is not right.'),
  v.check(
    (state) =>
      Object.entries(state).every(
        ([name, value]) =>
          !isControlSectionName(name) ||
          importSectionPolicy[name] === 'reset' ||
          v.is(controlSectionSchemas[name], value),
      ),
    'The session part of the file is not right.',
  ),
)

const controlSchema = v.strictObject(
  {
    state: controlStateSchema,
    participants: v.pipe(
      v.record(v.string(), participantProfileSchema, 'The people in the file are not right.'),
      v.check(
        (people) => Object.entries(people).every(([id, profile]) => profile.id === id),
        'The people in the file are not right.',
      ),
    ),
  },
  'The session part of the file is not right.',
)

/** A record's outline; each one is then checked against the tldraw schema on the server. */
const recordOutline = v.looseObject(
  {
    id: v.string('A thing on the board has no id.'),
    typeName: v.string('A thing on the board has no type.'),
  },
  'Something on the board in the file is not right.',
)

const recordsSchema = v.pipe(
  v.array(recordOutline, 'The board part of the file is not a list.'),
  v.maxLength(maxBackupRecords, `The board in the file has more than ${maxBackupRecords} things on it.`),
)

const serializedSchema = v.looseObject(
  { schemaVersion: v.number() },
  'The file does not say which tldraw it came from.',
)

const versionSchema = v.strictObject(
  {
    createdAt: isoTime,
    trigger: v.picklist(versionTriggers, 'A version in the file is not right.'),
    name: v.nullable(
      v.pipe(v.string(), v.maxLength(maxVersionNameLength, 'A version name in the file is too long.')),
    ),
    schema: serializedSchema,
    records: recordsSchema,
    control: controlSchema,
  },
  'A version in the file is not right.',
)

const imageSchema = v.strictObject(
  {
    hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'A picture in the file is not right.')),
    mimeType: v.picklist(acceptedImageTypes, 'A picture in the file is not a kind WeSee takes.'),
    data: v.pipe(v.string(), v.base64('A picture in the file is not right.')),
  },
  'A picture in the file is not right.',
)

/** Decodes a backup file's outline (the server then checks every record, picture and reference). */
export const boardBackupSchema = v.strictObject(
  {
    format: v.literal(backupFormat, 'This is not a WeSee backup file.'),
    formatVersion: v.literal(
      backupFormatVersion,
      'This backup comes from a newer WeSee. Update this WeSee first.',
    ),
    exportedAt: isoTime,
    board: v.strictObject(
      {
        id: v.string('The board part of the file is not right.'),
        title: v.pipe(
          v.string('The board in the file has no name.'),
          v.trim(),
          v.minLength(1, 'The board in the file has no name.'),
          v.maxLength(defaultLimits.maxTitleLength, 'The name of the board in the file is too long.'),
        ),
        template: v.picklist(templateIds, 'The file uses a template this WeSee does not know.'),
        createdAt: isoTime,
        archived: v.boolean('The board part of the file is not right.'),
      },
      'The board part of the file is not right.',
    ),
    schema: serializedSchema,
    records: recordsSchema,
    control: controlSchema,
    images: v.array(imageSchema, 'The pictures in the file are not right.'),
    versions: v.optional(
      v.pipe(
        v.array(versionSchema, 'The versions in the file are not right.'),
        v.maxLength(maxBackupVersions, `The file has more than ${maxBackupVersions} versions.`),
      ),
    ),
  },
  'This is not a WeSee backup file.',
)
