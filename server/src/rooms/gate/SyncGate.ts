import * as Y from 'yjs'
import { RefusalCode, type RefusalMessage, type TLRecord } from '@wesee/shared'
import { recordsOf, serverOrigin } from '../contentDoc.ts'
import { isRecordEntry, type RecordMap, type RecordMapChange } from '../RecordMap.ts'
import type { ContentRule, GatedDocKind, Refusal, RuleVerdict, Writer } from './ContentRule.ts'
import { docLayouts, type DocLayout, type KeyPolicy } from './docLayouts.ts'
import { encodeNetUpdate, stateVectorOf, structsSince, type DeleteSet } from './encodeNetUpdate.ts'
import { recordProblem } from './recordProblem.ts'
import { wordsFor } from './refusalWords.ts'
import { logger } from '../../logging/logger.ts'
import { metrics } from '../../metrics/serverMetrics.ts'

export interface SyncGateOptions {
  /** The doc's name, for the log. */
  name: string
  kind: GatedDocKind
  rules: readonly ContentRule[]
  maxDocBytes: number
  maxRecordsPerUpdate: number
  /** Bytes the doc was loaded from: an upper bound of its size until it is measured. */
  loadedBytes: number
  now?: () => number
}

/** What became of one client update. */
export interface GateOutcome {
  /** The one net update to store and then relay, or null when nothing changed. */
  update: Uint8Array | null
  /** The server changed what the client sent, so the writer needs the net update too. */
  corrected: boolean
  refusals: RefusalMessage[]
  /** Set when the bytes were not a readable update (whatever was applied was still checked). */
  malformed: unknown
  /** The update needed changes the server never got; the writer must sync again. */
  needsResync: boolean
}

/** How the record of one key changed in a step. */
interface Change {
  before: TLRecord | undefined
  after: TLRecord | undefined
}

/** What a client's update added, found by walking the structs it brought. */
interface Added {
  /** Items to delete, with why. */
  refused: Array<{ item: Y.Item; code: RefusalCode }>
  /** Map keys (`map\0key`) the client wrote that must be put back as they were. */
  mapKeys: Set<string>
  /** Entries added to the records array (a count cap, checked before any validation). */
  recordValues: number
  /** Some added entries of the records array are not `{ key, val }`. */
  recordJunk: boolean
}

/** A full measure of the doc's size costs a whole encode: at most one per this interval when full. */
const remeasureEveryMs = 5_000
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types every root as AbstractType<YEvent<any>>.
type AnyType = Y.AbstractType<any>

/** Keys named in one refusal message. */
const maxKeysPerRefusal = 100

/**
 * The server's sync boundary for one board or private doc. A client's update
 * is applied with storing and relaying held back (the room does that), then
 * checked, and the server's corrections are written in the same synchronous
 * step; the room stores and sends the one net update, so no refused record
 * is ever stored or seen by anyone else, not even briefly.
 *
 * Checks, in order: the update may touch only the doc's known root types
 * (docLayouts); every entry of `records` is `{ key, val }` with a record
 * tldraw's schema accepts under its own id, document-scoped; then the doc
 * kind's ContentRules run on each changed record; finally the per-update
 * record count and the per-doc byte quota, which undo the whole update.
 */
export class SyncGate {
  private readonly records: RecordMap<TLRecord>
  private readonly layout: DocLayout
  private readonly maps = new Map<string, Y.Map<unknown>>()
  /** Set while a client's update is being applied and checked. */
  private step: { deleteSets: DeleteSet[]; changes: Map<string, Change> | null } | null = null
  private estimatedBytes: number
  private lastMeasuredAt = Number.NEGATIVE_INFINITY
  /** The net update the quota check encoded, and after how many transactions of the step. */
  private lastNet: { update: Uint8Array | null; transactions: number } | null = null
  private readonly now: () => number

  constructor(
    private readonly doc: Y.Doc,
    private readonly options: SyncGateOptions,
  ) {
    this.layout = docLayouts[options.kind]
    this.records = recordsOf(doc)
    for (const name of Object.keys(this.layout.maps)) this.maps.set(name, doc.getMap(name))
    this.estimatedBytes = options.loadedBytes
    this.now = options.now ?? Date.now
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      this.step?.deleteSets.push(transaction.deleteSet)
    })
    this.records.on('change', (changes: Map<string, RecordMapChange<TLRecord>>) => {
      const collecting = this.step?.changes
      if (!collecting) return
      for (const [key, change] of changes) {
        const before = change.action === 'add' ? undefined : change.oldValue
        const after = change.action === 'delete' ? undefined : change.newValue
        const seen = collecting.get(key)
        collecting.set(key, { before: seen ? seen.before : before, after })
      }
    })
  }

  /** Tells the gate the doc's exact encoded size (the room measures it when compacting). */
  measured(bytes: number): void {
    this.estimatedBytes = bytes
  }

  /**
   * Applies one client update (`origin` is the connection), checks and
   * corrects it, and returns the net update for the room to store and send.
   * The caller must hold back the doc's own `update` events meanwhile.
   */
  applyClientUpdate(update: Uint8Array, writer: Writer, origin: unknown): GateOutcome {
    const shapeProblem = updateShapeProblem(update)
    if (shapeProblem) {
      return {
        update: null,
        corrected: false,
        refusals: [],
        malformed: new Error(shapeProblem),
        needsResync: false,
      }
    }
    const before = stateVectorOf(this.doc)
    const mapsBefore = this.snapshotMaps()
    const changes = new Map<string, Change>()
    const step = { deleteSets: [] as DeleteSet[], changes: changes as Map<string, Change> | null }
    this.step = step
    const refusals = new Refusals()
    let malformed: unknown = null
    let corrected = false
    try {
      try {
        Y.applyUpdate(this.doc, update, origin)
      } catch (error) {
        // Yjs may have applied part of it; that part is checked like the rest.
        malformed = error
      }
      step.changes = null
      const added = this.inspectAdded(before)
      for (const code of this.serverKeysChanged(mapsBefore, added)) refusals.add(code, [])
      const max = this.options.maxRecordsPerUpdate
      if (added.recordValues > max || changes.size > max) {
        this.revertAll(before, mapsBefore, changes)
        refusals.add(RefusalCode.TooManyChanges, [])
        corrected = true
      } else {
        corrected = this.correct(added, mapsBefore, changes, writer, refusals)
        if (this.overQuota(before)) {
          this.revertAll(before, mapsBefore, changes)
          refusals.clear()
          refusals.add(RefusalCode.DocFull, [])
          corrected = true
        }
      }
    } catch (error) {
      // A fault in a check must never let an unchecked change through: undo it all.
      logger.error({ err: error, doc: this.options.name }, 'the sync gate failed; undoing the update')
      try {
        this.revertAll(before, mapsBefore, changes)
        refusals.add(RefusalCode.NotAllowed, [])
        corrected = true
      } catch (revertError) {
        logger.error({ err: revertError, doc: this.options.name }, 'could not undo an update')
      }
    } finally {
      this.step = null
    }
    const needsResync = dropPending(this.doc)
    // The quota check already encoded it when nothing was written since.
    const net =
      this.lastNet && this.lastNet.transactions === step.deleteSets.length
        ? this.lastNet.update
        : encodeNetUpdate(this.doc, before, step.deleteSets)
    this.lastNet = null
    if (net) this.estimatedBytes += net.byteLength
    const messages = refusals.messages()
    if (messages.length > 0) {
      const summary = messages.map((m) => `${m.code}×${m.keys.length || 1}`).join(', ')
      logger.warn({ doc: this.options.name, refused: summary }, 'refused part of an update')
      for (const message of messages) metrics.refusedUpdates.inc({ reason: message.code })
    }
    return { update: net, corrected, refusals: messages, malformed, needsResync }
  }

  /**
   * Removes what no reader should meet, from a doc loaded from storage
   * (written before the gate existed, or by an older version): entries that
   * are not records, records tldraw refuses, anything in unknown root types.
   * Runs in one server transaction; returns how many things were removed.
   */
  sanitise(): number {
    let removed = 0
    this.doc.transact((transaction) => {
      for (const [name, type] of this.doc.share) {
        const keys = this.layout.maps[name]
        if (name === this.layout.records) {
          removed += deleteItems(transaction, mapItemsOf(type))
          removed += deleteItems(
            transaction,
            listItemsOf(type).filter((item) => !holdsJson(item)),
          )
        } else if (keys) {
          removed += deleteItems(transaction, listItemsOf(type))
          removed += deleteItems(
            transaction,
            mapItemsOf(type).filter((item) => {
              const policy = keys[item.parentSub ?? '']
              return !policy || (policy.writer === 'client' && !fitsPolicy(item, policy))
            }),
          )
        } else {
          removed += deleteItems(transaction, [...listItemsOf(type), ...mapItemsOf(type)])
        }
      }
      const values = this.records.yarray.toArray()
      for (let i = values.length - 1; i >= 0; i--) {
        const value = values[i]
        if (!isRecordEntry(value) || recordProblem(value.key, value.val)) {
          this.records.yarray.delete(i, 1)
          removed++
        }
      }
    }, serverOrigin)
    dropPending(this.doc)
    if (removed > 0) logger.warn({ doc: this.options.name, removed }, 'removed unreadable things from a doc')
    return removed
  }

  private snapshotMaps(): Map<string, Map<string, unknown>> {
    const snapshot = new Map<string, Map<string, unknown>>()
    for (const [name, map] of this.maps) {
      const values = new Map<string, unknown>()
      for (const key of Object.keys(this.layout.maps[name] ?? {})) values.set(key, map.get(key))
      snapshot.set(name, values)
    }
    return snapshot
  }

  /** Walks the structs the update brought and sorts out what may not stay. */
  private inspectAdded(before: Map<number, number>): Added {
    const added: Added = { refused: [], mapKeys: new Set(), recordValues: 0, recordJunk: false }
    const rootNames = new Map<AnyType, string>()
    for (const { struct, offset } of structsSince(this.doc, before)) {
      if (!(struct instanceof Y.Item) || struct.deleted) continue
      const parent = struct.parent
      if (!(parent instanceof Y.AbstractType)) continue
      const root = rootOf(parent)
      let name = rootNames.get(root)
      if (name === undefined) {
        name = Y.findRootTypeKey(root)
        rootNames.set(root, name)
      }
      if (name === this.layout.records && root === this.records.yarray) {
        if (parent !== root || struct.parentSub !== null || !holdsJson(struct)) {
          added.refused.push({ item: struct, code: RefusalCode.NotARecord })
          continue
        }
        const values = struct.content.getContent().slice(offset)
        added.recordValues += values.length
        if (!added.recordJunk && values.some((value) => !isRecordEntry(value))) added.recordJunk = true
        continue
      }
      const keys = this.layout.maps[name]
      if (!keys || root !== this.maps.get(name)) {
        added.refused.push({ item: struct, code: RefusalCode.UnknownPart })
        continue
      }
      const key = struct.parentSub
      const policy = key === null ? undefined : keys[key]
      if (parent !== root || key === null || !policy) {
        added.refused.push({ item: struct, code: RefusalCode.UnknownPart })
        if (key !== null && parent === root) added.mapKeys.add(`${name}\0${key}`)
        continue
      }
      if (policy.writer === 'server' || !fitsPolicy(struct, policy)) {
        added.refused.push({
          item: struct,
          code: policy.writer === 'server' ? policy.refusal : RefusalCode.UnknownPart,
        })
        added.mapKeys.add(`${name}\0${key}`)
      }
    }
    return added
  }

  /** Server-only map keys the step changed without adding anything (a deletion): put back too. */
  private serverKeysChanged(mapsBefore: Map<string, Map<string, unknown>>, added: Added): RefusalCode[] {
    const codes: RefusalCode[] = []
    for (const [name, keys] of Object.entries(this.layout.maps)) {
      const map = this.maps.get(name)
      for (const [key, policy] of Object.entries(keys)) {
        if (policy.writer !== 'server' || !map) continue
        if (map.get(key) === mapsBefore.get(name)?.get(key)) continue
        if (!added.mapKeys.has(`${name}\0${key}`)) codes.push(policy.refusal)
        added.mapKeys.add(`${name}\0${key}`)
      }
    }
    return codes
  }

  /** Writes the server's corrections in one transaction; true when it changed anything. */
  private correct(
    added: Added,
    mapsBefore: Map<string, Map<string, unknown>>,
    changes: Map<string, Change>,
    writer: Writer,
    refusals: Refusals,
  ): boolean {
    const finals = new Map<string, TLRecord | undefined>()
    for (const [key, change] of changes) {
      const decision = this.decide(key, change, writer, refusals)
      if (decision.kind === 'write') finals.set(key, decision.record)
    }
    if (added.refused.length === 0 && added.mapKeys.size === 0 && !added.recordJunk && finals.size === 0) {
      return false
    }
    this.doc.transact((transaction) => {
      for (const { item, code } of added.refused) {
        if (item.deleted) continue
        item.delete(transaction)
        refusals.add(code, [])
      }
      this.restoreMapKeys(added.mapKeys, mapsBefore)
      if (added.recordJunk) refusals.add(RefusalCode.NotARecord, this.deleteJunkEntries())
      for (const [key, record] of finals) {
        if (record === undefined) this.records.delete(key)
        else this.records.set(key, record)
      }
    }, serverOrigin)
    return true
  }

  /** What to do with one changed record: keep what the client wrote, or write something else. */
  private decide(
    key: string,
    { before, after }: Change,
    writer: Writer,
    refusals: Refusals,
  ): { kind: 'keep' } | { kind: 'write'; record: TLRecord | undefined } {
    if (before === undefined && after === undefined) return { kind: 'keep' }
    if (after !== undefined) {
      const problem = recordProblem(key, after)
      if (problem) {
        refusals.add(problem.code, [key])
        return { kind: 'write', record: before }
      }
    }
    for (const rule of this.options.rules) {
      let verdict: RuleVerdict
      try {
        verdict = rule({ key, before, after }, writer, (id) => this.records.get(id))
      } catch (error) {
        logger.error(
          { err: error, doc: this.options.name, record: key },
          'a content rule failed; undoing the change',
        )
        verdict = { kind: 'revert', refusal: { code: RefusalCode.NotAllowed, message: '' } }
      }
      if (verdict.kind === 'keep') continue
      if (verdict.kind === 'revert') {
        refusals.add(verdict.refusal.code, [key], verdict.refusal)
        return { kind: 'write', record: before }
      }
      const problem = recordProblem(key, verdict.record)
      if (problem) {
        logger.error(
          { doc: this.options.name, record: key, problem: problem.detail },
          'a content rule wrote a record tldraw refuses',
        )
        refusals.add(RefusalCode.NotAllowed, [key])
        return { kind: 'write', record: before }
      }
      if (verdict.refusal) refusals.add(verdict.refusal.code, [key], verdict.refusal)
      return { kind: 'write', record: verdict.record }
    }
    return { kind: 'keep' }
  }

  /** Puts map keys back to what they held before the step. */
  private restoreMapKeys(mapKeys: Iterable<string>, mapsBefore: Map<string, Map<string, unknown>>): void {
    for (const entry of mapKeys) {
      const [name = '', key = ''] = entry.split('\0')
      const map = this.maps.get(name)
      if (!map) continue
      const value = mapsBefore.get(name)?.get(key)
      if (value === undefined) {
        if (map.has(key)) map.delete(key)
      } else if (map.get(key) !== value) {
        map.set(key, value)
      }
    }
  }

  /** Deletes every entry of `records` that is not `{ key, val }`; returns the keys it could name. */
  private deleteJunkEntries(): string[] {
    const keys: string[] = []
    const values = this.records.yarray.toArray()
    for (let i = values.length - 1; i >= 0; i--) {
      const value = values[i]
      if (isRecordEntry(value)) continue
      const key = (value as { key?: unknown } | null)?.key
      if (typeof key === 'string') keys.push(key)
      this.records.yarray.delete(i, 1)
    }
    return keys
  }

  /**
   * Undoes everything since `before`: every struct added (the client's and
   * any correction) is deleted, records the client changed get their old
   * value back, map keys too.
   */
  private revertAll(
    before: Map<number, number>,
    mapsBefore: Map<string, Map<string, unknown>>,
    changes: Map<string, Change>,
  ): void {
    this.doc.transact((transaction) => {
      for (const [client, structs] of this.doc.store.clients) {
        const from = before.get(client) ?? 0
        const last = structs[structs.length - 1]
        if (!last || last.id.clock + last.length <= from) continue
        // Yjs may have merged a new item into an older one of the same client: split it first.
        const first = structs[Y.findIndexSS(structs, Math.max(from, structs[0]!.id.clock))]
        if (first instanceof Y.Item && first.id.clock < from)
          Y.getItemCleanStart(transaction, Y.createID(client, from))
        const start = Y.findIndexSS(structs, Math.max(from, structs[0]!.id.clock))
        for (let i = start; i < structs.length; i++) {
          const struct = structs[i]
          if (struct instanceof Y.Item && !struct.deleted) struct.delete(transaction)
        }
      }
      const allKeys: string[] = []
      for (const [name, keys] of Object.entries(this.layout.maps)) {
        for (const key of Object.keys(keys)) allKeys.push(`${name}\0${key}`)
      }
      this.restoreMapKeys(allKeys, mapsBefore)
      const restored = [...changes]
        .filter(([, change]) => change.before !== undefined)
        .map(([key, change]) => ({ key, val: change.before }))
      if (restored.length > 0) this.records.yarray.push(restored)
    }, serverOrigin)
  }

  /**
   * True when the doc is now bigger than its quota. The size is tracked as an
   * upper bound (bytes loaded plus every net update since); only when that
   * passes the quota is the doc encoded to measure it exactly, at most once
   * per `remeasureEveryMs`, so a full board cannot cost an encode per keystroke.
   */
  private overQuota(before: Map<number, number>): boolean {
    // Deleting never needs room, so a full board can always be tidied up.
    if (!hasNewStructs(this.doc, before)) return false
    const deleteSets = this.step?.deleteSets ?? []
    const net = encodeNetUpdate(this.doc, before, deleteSets)
    this.lastNet = { update: net, transactions: deleteSets.length }
    if (!net || this.estimatedBytes + net.byteLength <= this.options.maxDocBytes) return false
    const now = this.now()
    if (now - this.lastMeasuredAt < remeasureEveryMs) return true
    this.lastMeasuredAt = now
    const exact = Y.encodeStateAsUpdate(this.doc).byteLength
    if (exact <= this.options.maxDocBytes) {
      // The net update is added by the caller.
      this.estimatedBytes = exact - net.byteLength
      return false
    }
    // What stays after the undo: roughly the size before this update.
    this.estimatedBytes = Math.max(0, exact - net.byteLength)
    return true
  }
}

/** Refusals of one step, grouped by code. */
class Refusals {
  private readonly byCode = new Map<RefusalCode, { message: string; keys: Set<string> }>()

  add(code: RefusalCode, keys: readonly string[], refusal?: Refusal): void {
    let entry = this.byCode.get(code)
    if (!entry) {
      entry = { message: refusal?.message || wordsFor(code), keys: new Set() }
      this.byCode.set(code, entry)
    }
    for (const key of keys) if (entry.keys.size < maxKeysPerRefusal) entry.keys.add(key)
  }

  clear(): void {
    this.byCode.clear()
  }

  messages(): RefusalMessage[] {
    return [...this.byCode].map(([code, { message, keys }]) => ({ code, message, keys: [...keys] }))
  }
}

/**
 * Why an update may not even be applied, or null. Yjs integrates zero-length
 * structs and deletions from a crafted update; once in the doc they are in
 * every full sync the server sends, and every client's Yjs throws on them,
 * so one message would make the board unloadable for everyone.
 */
function updateShapeProblem(update: Uint8Array): string | null {
  let decoded: ReturnType<typeof Y.decodeUpdate>
  try {
    decoded = Y.decodeUpdate(update)
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
  if (decoded.structs.some((struct) => !(struct.length > 0))) return 'a struct of length 0'
  for (const items of decoded.ds.clients.values()) {
    if (items.some((item) => !(item.len > 0))) return 'a deletion of length 0'
  }
  return null
}

function hasNewStructs(doc: Y.Doc, before: Map<number, number>): boolean {
  for (const [client, clock] of stateVectorOf(doc)) if (clock > (before.get(client) ?? 0)) return true
  return false
}

function rootOf(type: AnyType): AnyType {
  let current = type
  while (current._item && current._item.parent instanceof Y.AbstractType) current = current._item.parent
  return current
}

/** True when an item holds plain JSON values (what YKeyValue entries are). */
function holdsJson(item: Y.Item): boolean {
  return item.content instanceof Y.ContentAny || item.content instanceof Y.ContentJSON
}

function fitsPolicy(item: Y.Item, policy: KeyPolicy): boolean {
  if (policy.writer !== 'client') return false
  if (!(item.content instanceof Y.ContentAny)) return false
  const values = item.content.getContent()
  return values.length === 1 && typeof values[0] === policy.type
}

/** The live items of a type's list part. */
function listItemsOf(type: AnyType): Y.Item[] {
  const items: Y.Item[] = []
  for (let item = type._start; item !== null; item = item.right) if (!item.deleted) items.push(item)
  return items
}

/** The live items of a type's map part (one per key: the current value). */
function mapItemsOf(type: AnyType): Y.Item[] {
  return [...type._map.values()].filter((item) => !item.deleted)
}

function deleteItems(transaction: Y.Transaction, items: readonly Y.Item[]): number {
  let count = 0
  for (const item of items) {
    if (item.deleted) continue
    item.delete(transaction)
    count++
  }
  return count
}

/**
 * Drops structs Yjs is holding back because they depend on changes the
 * server never received (only a client whose updates were dropped sends
 * those). Kept, they would grow without bound, unchecked; the client's next
 * full sync brings them again, in order. Returns true when any were dropped.
 */
function dropPending(doc: Y.Doc): boolean {
  if (!doc.store.pendingStructs && !doc.store.pendingDs) return false
  doc.store.pendingStructs = null
  doc.store.pendingDs = null
  return true
}
