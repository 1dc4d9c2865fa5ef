import { createHash, randomInt } from 'node:crypto'
import type * as Y from 'yjs'
import {
  ErrorReason,
  anonymousColumnPicture,
  anonymousColumnTitle,
  findAvatar,
  layoutRevealColumns,
  sharedNoteRecord,
  validateRecord,
  type ColumnNote,
  type LooseShape,
  type ParticipantProfile,
  type RevealColumn,
  type RevealLayout,
  type SharedNoteMeta,
  type TLRecord,
} from '@wesee/shared'
import { checkServerWrites } from '../rooms/checkServerWrites.ts'
import { recordsOf, serverOrigin } from '../rooms/contentDoc.ts'
import { fairShares } from './fairShares.ts'
import { privateNotesOf, removePrivateNotes } from './privateNotes.ts'
import { logger } from '../logging/logger.ts'

/**
 * Most notes one person's share or reveal moves at once. Far more than anyone
 * writes in a session; it keeps a doc stuffed by a misbehaving browser from
 * making one reveal lay out thousands of notes. The rest stay private, for
 * the next share.
 */
export const maxNotesPerShare = 300

/** One person whose private notes go on the board. */
export interface Writer {
  profile: ParticipantProfile
  /** Their private doc (loaded). */
  doc: Y.Doc
  /** Shared without their name: pooled with others', with no id, name or picture. */
  anonymous: boolean
}

export interface MovedNotes {
  /** How many notes went on the board. */
  notes: number
  /** Notes that stayed private: past the per-person or per-reveal cap, or not valid for tldraw. */
  stillPrivate: number
  /** Named writers who had notes to share. */
  namedWriters: string[]
  layout: RevealLayout
}

/**
 * A stable id for a shared note or header. The same private note always gets
 * the same board id, so running a reveal again (say, after a crash between
 * writing the board and clearing the private doc) overwrites instead of
 * duplicating. Hashed, so a note shared without a name does not carry its
 * writer's id; its input includes the private note's own id, which only the
 * writer's browser and the server ever hold.
 */
function stableShapeId(kind: string, ...parts: string[]): string {
  const hash = createHash('sha256').update(parts.join('\u0000')).digest('base64url').slice(0, 22)
  return `shape:${kind}-${hash}`
}

function shuffled<T>(items: readonly T[]): T[] {
  const result = [...items]
  for (let i = result.length - 1; i > 0; i--) {
    const j = randomInt(i + 1)
    ;[result[i], result[j]] = [result[j]!, result[i]!]
  }
  return result
}

function creditFor(writer: Writer, sharedAt: number, sharedBy: SharedNoteMeta['sharedBy']): SharedNoteMeta {
  if (writer.anonymous) {
    return {
      privateWriting: true,
      authorId: null,
      authorName: null,
      authorAvatar: null,
      anonymous: true,
      sharedAt,
      sharedBy,
    }
  }
  return {
    privateWriting: true,
    authorId: writer.profile.id,
    authorName: writer.profile.name,
    authorAvatar: writer.profile.avatar,
    anonymous: false,
    sharedAt,
    sharedBy,
  }
}

/** A private note ready for the board, or null when tldraw would not accept it (it stays private). */
function toColumnNote(
  boardId: string,
  writer: Writer,
  key: string,
  source: LooseShape,
  meta: SharedNoteMeta,
) {
  const id = stableShapeId('shared', boardId, writer.profile.id, key)
  try {
    validateRecord(
      sharedNoteRecord(source, { id, parentId: 'page:page', x: 0, y: 0, index: 'a1' as never, meta }),
    )
  } catch (error) {
    logger.warn({ err: error }, 'a private note could not be shared')
    return null
  }
  return { key, note: { id, source, meta } satisfies ColumnNote }
}

/**
 * Moves writers' private notes into the content doc's `frameId` frame, one
 * column per named writer (in the order given) and one pooled, shuffled
 * column for everyone sharing without a name; then removes them from the
 * private docs. Synchronous from start to end, so no other command can run
 * in between: the board gets each note exactly once. At most `maxNotes`
 * notes go in one write (shared out by `fairShares`); the rest stay private,
 * counted in `stillPrivate`, for the next share or reveal.
 */
export function moveNotesToBoard(input: {
  boardId: string
  content: Y.Doc
  frameId: string
  layout: RevealLayout | null
  writers: readonly Writer[]
  sharedBy: SharedNoteMeta['sharedBy']
  now: number
  /** Most notes this one write may put on the board, from everyone together (`maxNotesPerReveal`). */
  maxNotes: number
}): MovedNotes {
  const records = recordsOf(input.content)
  const frame = records.get(input.frameId) as unknown as { id: string; props: { w: number; h: number } }
  const columns: RevealColumn[] = []
  const moved = new Map<Y.Doc, string[]>()
  const pooled: Array<{ key: string; note: ColumnNote }> = []
  const namedWriters: string[] = []

  const privateNotes = input.writers.map((writer) => privateNotesOf(writer.doc))
  // One bound on the whole write, shared out fairly before any note is checked, so the
  // checking is bounded too; what does not fit stays private for the next reveal.
  const shares = fairShares(
    privateNotes.map((notes) => Math.min(notes.length, maxNotesPerShare)),
    input.maxNotes,
  )

  for (const [i, writer] of input.writers.entries()) {
    const meta = creditFor(writer, input.now, input.sharedBy)
    const notes = privateNotes[i]!.slice(0, shares[i])
      .map(({ key, record }) => toColumnNote(input.boardId, writer, key, record, meta))
      .filter((note) => note !== null)
    if (notes.length === 0) continue
    moved.set(
      writer.doc,
      notes.map((note) => note.key),
    )
    if (writer.anonymous) {
      pooled.push(...notes)
      continue
    }
    namedWriters.push(writer.profile.id)
    const first = notes[0]!.note.id
    columns.push({
      key: writer.profile.id,
      headerIds: {
        picture: stableShapeId('column-picture', input.boardId, writer.profile.id, first),
        name: stableShapeId('column-name', input.boardId, writer.profile.id, first),
      },
      title: writer.profile.name ?? anonymousColumnTitle,
      picture: { id: writer.profile.avatar, name: findAvatar(writer.profile.avatar)?.name ?? 'Picture' },
      notes: notes.map(({ note }) => note),
    })
  }
  if (pooled.length > 0) {
    const noteIds = pooled.map(({ note }) => note.id).sort()
    columns.push({
      key: null,
      headerIds: {
        picture: stableShapeId('column-picture', input.boardId, ...noteIds),
        name: stableShapeId('column-name', input.boardId, ...noteIds),
      },
      title: anonymousColumnTitle,
      picture: anonymousColumnPicture,
      notes: shuffled(pooled.map(({ note }) => note)),
    })
  }

  const children = [...records.map.values()]
    .map(({ val }) => val as unknown as LooseShape)
    .filter((record) => record.typeName === 'shape' && record.parentId === frame.id)
  const indexAbove =
    children
      .map((child) => child.index)
      .filter((index): index is string => typeof index === 'string')
      .sort()
      .at(-1) ?? null
  const placed = layoutRevealColumns({
    frame: { id: frame.id, w: frame.props.w, h: frame.props.h },
    children,
    layout: input.layout,
    columns,
    indexAbove,
  })

  checkServerWrites(placed.records, ErrorReason.NotesNotPlaced)
  if (placed.records.length > 0) {
    input.content.transact(() => {
      for (const record of placed.records) {
        if (record.typeName === 'asset' && records.has(record.id)) continue
        records.set(record.id, record)
      }
      if (placed.frameHeight > frame.props.h) {
        const grown = { ...frame, props: { ...frame.props, h: placed.frameHeight } }
        records.set(frame.id, grown as unknown as TLRecord)
      }
    }, serverOrigin)
  }
  // Written to the board first, then cleared: if the process died in between,
  // running it again overwrites the same ids rather than losing anything.
  for (const [doc, keys] of moved) removePrivateNotes(doc, keys)

  const notes = [...moved.values()].reduce((sum, keys) => sum + keys.length, 0)
  const privateBefore = privateNotes.reduce((sum, list) => sum + list.length, 0)
  return { notes, stillPrivate: privateBefore - notes, namedWriters, layout: placed.layout }
}
