import { RefusalCode, type Refusal } from '../refusals.ts'
import { Role } from '../roles.ts'
import { ownershipWords } from './ownershipWords.ts'
import { authorOf, isNoteOrPicture, moveFields, standingOf, type OwnedRecordLike } from './shapeStanding.ts'

/** Who is writing: from the connection's grant, never from what they sent. */
export interface ChangeActor {
  role: Role
  participantId: string | null
}

/** A record as these checks see it (any tldraw record from a doc). */
export type JudgedRecord = OwnedRecordLike & Record<string, unknown>

/**
 * What the ownership rules say about one changed record:
 * `allow` it as sent, `allow-as` a corrected copy (the server's own author
 * stamp), or `refuse` it (the server puts back what was there).
 */
export type ChangeJudgement =
  { kind: 'allow' } | { kind: 'allow-as'; record: JudgedRecord } | { kind: 'refuse'; refusal: Refusal }

const allow: ChangeJudgement = { kind: 'allow' }

function refuse(code: RefusalCode, message: string): ChangeJudgement {
  return { kind: 'refuse', refusal: { code, message } }
}

/** The record types people make and own on a board; the rest (pages, the document) are the facilitator's. */
const ownableTypes = new Set(['shape', 'asset'])

/**
 * Who may change what on the shared board (docs/security.md, "Who may change
 * what"). `before` undefined = a new record, `after` undefined = deleted.
 * `now` is the server's clock, for `meta.createdAt`.
 */
export function judgeChange(
  before: JudgedRecord | undefined,
  after: JudgedRecord | undefined,
  actor: ChangeActor,
  now: number,
): ChangeJudgement {
  const record = after ?? before
  if (!record) return allow
  if (actor.role === Role.Facilitator) return judgeFacilitator(before, after, actor, now)
  if (actor.role !== Role.Participant)
    return refuse(RefusalCode.OnlyFacilitator, ownershipWords.onlyFacilitator)
  // An arrow's binding only says what it touches; it carries no words.
  if (record.typeName === 'binding') return allow
  if (!ownableTypes.has(record.typeName)) {
    return refuse(RefusalCode.OnlyFacilitator, ownershipWords.onlyFacilitator)
  }
  if (before === undefined) return judgeNew(after!, actor, now)
  const standing = standingOf(before)
  const mine = standing.kind === 'owned' && standing.authorId === actor.participantId
  if (after === undefined) return mine ? allow : refuseOthers(before, standing.kind)
  if (before.isLocked !== after.isLocked) {
    return refuse(RefusalCode.LockIsFacilitators, ownershipWords.lockIsFacilitators)
  }
  if (mine) return keepStamp(before, after)
  if (standing.kind !== 'fixed' && isNoteOrPicture(before) && onlyMoved(before, after)) return allow
  return refuseOthers(before, standing.kind)
}

function judgeFacilitator(
  before: JudgedRecord | undefined,
  after: JudgedRecord | undefined,
  actor: ChangeActor,
  now: number,
): ChangeJudgement {
  // The facilitator may do everything; their new shapes are credited to them when nobody is named.
  if (before !== undefined || after === undefined || !ownableTypes.has(after.typeName)) return allow
  if (authorOf(after) || !actor.participantId) return allow
  return { kind: 'allow-as', record: stamped(after, actor.participantId, now) }
}

function judgeNew(after: JudgedRecord, actor: ChangeActor, now: number): ChangeJudgement {
  // Someone who has not joined (no token) may add things, but nobody is credited with them.
  let record = actor.participantId ? stamped(after, actor.participantId, now) : unstamped(after)
  // A copy of a locked shape arrives unlocked: only the facilitator locks.
  if (record.isLocked === true) record = { ...record, isLocked: false }
  return sameRecord(record, after) ? allow : { kind: 'allow-as', record }
}

/** The author's own change, with the server's author and time put back if the client changed them. */
function keepStamp(before: JudgedRecord, after: JudgedRecord): ChangeJudgement {
  const meta = { ...(after.meta ?? {}) }
  for (const key of ['authorId', 'createdAt'] as const) {
    if (before.meta?.[key] === undefined) delete meta[key]
    else meta[key] = before.meta[key]
  }
  const record = { ...after, meta }
  return sameRecord(record, after) ? allow : { kind: 'allow-as', record }
}

/**
 * How far a new shape's `meta.createdAt` may be from the server's clock and
 * still be kept. Every rewrite of a new note races the letters the person is
 * still typing into it (their next updates were made before the rewrite
 * reached them, and Yjs may let the rewrite win), so a screen that stamps
 * its own shapes truthfully must get no rewrite at all. A device whose clock
 * is further out gets the server's time.
 */
export const createdAtToleranceMs = 10 * 60_000

function stamped(record: JudgedRecord, authorId: string, now: number): JudgedRecord {
  const claimed = record.meta?.createdAt
  const plausible = typeof claimed === 'number' && Math.abs(claimed - now) <= createdAtToleranceMs
  return { ...record, meta: { ...(record.meta ?? {}), authorId, createdAt: plausible ? claimed : now } }
}

function unstamped(record: JudgedRecord): JudgedRecord {
  if (record.meta?.authorId === undefined && record.meta?.createdAt === undefined) return record
  const { authorId: _author, createdAt: _created, ...meta } = record.meta ?? {}
  return { ...record, meta }
}

function refuseOthers(before: JudgedRecord, standing: 'fixed' | 'owned' | 'group'): ChangeJudgement {
  if (standing !== 'owned') return refuse(RefusalCode.OnlyFacilitator, ownershipWords.onlyFacilitator)
  const words = before.type === 'note' ? ownershipWords.notYourNote : ownershipWords.notYourThing
  return refuse(RefusalCode.NotYours, words)
}

/** True when the two differ only in the fields a move may change (`moveFields`). */
export function onlyMoved(before: JudgedRecord, after: JudgedRecord): boolean {
  const strip = (record: JudgedRecord) => {
    const copy: Record<string, unknown> = { ...record }
    for (const field of moveFields) delete copy[field]
    return copy
  }
  return sameRecord(strip(before), strip(after))
}

/** Deep equality of two JSON values, whatever the order of their keys. */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  const aKeys = Object.keys(a).filter((key) => (a as Record<string, unknown>)[key] !== undefined)
  const bKeys = Object.keys(b).filter((key) => (b as Record<string, unknown>)[key] !== undefined)
  if (aKeys.length !== bKeys.length) return false
  return aKeys.every((key) =>
    sameRecord((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  )
}

/**
 * True when this person may change (edit the words of, restyle, delete) the
 * shape, for the client to leave out what would be refused anyway.
 */
export function mayChangeShape(shape: OwnedRecordLike, actor: ChangeActor): boolean {
  if (actor.role === Role.Facilitator) return true
  if (actor.role !== Role.Participant) return false
  const standing = standingOf(shape)
  return standing.kind === 'owned' && standing.authorId === actor.participantId
}
