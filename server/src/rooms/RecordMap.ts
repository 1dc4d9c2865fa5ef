import { Observable } from 'lib0/observable'
import type * as Y from 'yjs'

/** One entry of the records array, as YKeyValue stores it. */
export interface RecordEntry<T> {
  key: string
  val: T
}

/** What happened to one key in a transaction (YKeyValue's change event). */
export type RecordMapChange<T> =
  | { action: 'add'; newValue: T }
  | { action: 'update'; oldValue: T; newValue: T }
  | { action: 'delete'; oldValue: T }

/**
 * True for an entry a reader may trust the shape of: `{ key: string, val: object }`.
 * Anything else (null, numbers, strings, `{ key }` without a record) is junk
 * a client wrote; it is never in `map`, and the sync gate deletes it.
 */
export function isRecordEntry(value: unknown): value is RecordEntry<object> {
  if (typeof value !== 'object' || value === null) return false
  const { key, val } = value as { key?: unknown; val?: unknown }
  return typeof key === 'string' && typeof val === 'object' && val !== null && !Array.isArray(val)
}

/**
 * The server's view of a doc's `records` array: y-utility's YKeyValue (same
 * layout, same events, right-most entry of a key wins), except that it
 * never trusts the entries. y-utility reads `entry.key` of every entry, so
 * one `null` a client pushed threw inside a Yjs observer; here junk entries
 * are skipped, so every value in `map` is an object under a string key.
 */
export class RecordMap<T extends object> extends Observable<'change'> {
  readonly map = new Map<string, RecordEntry<T>>()
  readonly doc: Y.Doc

  constructor(readonly yarray: Y.Array<unknown>) {
    super()
    this.doc = yarray.doc as Y.Doc
    const values = yarray.toArray()
    // Drop duplicate keys (older entries, to the left), as YKeyValue does.
    const duplicates: number[] = []
    for (let i = values.length - 1; i >= 0; i--) {
      const value = values[i]
      if (!isRecordEntry(value)) continue
      if (this.map.has(value.key)) duplicates.push(i)
      else this.map.set(value.key, value as RecordEntry<T>)
    }
    if (duplicates.length > 0) {
      this.doc.transact(() => {
        for (const index of duplicates) yarray.delete(index, 1)
      })
    }
    yarray.observe((event, transaction) => this.onArrayChange(event, transaction))
  }

  private onArrayChange(event: Y.YArrayEvent<unknown>, transaction: Y.Transaction): void {
    const changes = new Map<string, RecordMapChange<T>>()
    event.changes.deleted.forEach((item) => {
      for (const value of item.content.getContent()) {
        if (isRecordEntry(value) && this.map.get(value.key) === value) {
          this.map.delete(value.key)
          changes.set(value.key, { action: 'delete', oldValue: value.val as T })
        }
      }
    })
    const added = new Map<string, RecordEntry<T>>()
    event.changes.added.forEach((item) => {
      for (const value of item.content.getContent()) {
        if (isRecordEntry(value)) added.set(value.key, value as RecordEntry<T>)
      }
    })
    if (added.size > 0) {
      const toRemove = new Set<string>()
      const values = this.yarray.toArray()
      this.doc.transact(() => {
        // Right to left: the right-most entry of a key wins; older ones are deleted.
        for (let i = values.length - 1; i >= 0 && (added.size > 0 || toRemove.size > 0); i--) {
          const value = values[i]
          if (!isRecordEntry(value)) continue
          const entry = value as RecordEntry<T>
          if (toRemove.has(entry.key)) {
            toRemove.delete(entry.key)
            this.yarray.delete(i, 1)
          } else if (added.get(entry.key) === entry) {
            const previous = this.map.get(entry.key)
            if (previous) {
              toRemove.add(entry.key)
              changes.set(entry.key, { action: 'update', oldValue: previous.val, newValue: entry.val })
            } else {
              const deleted = changes.get(entry.key)
              changes.set(
                entry.key,
                deleted?.action === 'delete'
                  ? { action: 'update', oldValue: deleted.oldValue, newValue: entry.val }
                  : { action: 'add', newValue: entry.val },
              )
            }
            added.delete(entry.key)
            this.map.set(entry.key, entry)
          } else if (added.has(entry.key)) {
            // An older entry than the current one arrived: it loses.
            toRemove.add(entry.key)
            added.delete(entry.key)
          }
        }
      })
    }
    if (changes.size > 0) this.emit('change', [changes, transaction])
  }

  set(key: string, val: T): void {
    this.doc.transact(() => {
      if (this.map.has(key)) this.delete(key)
      this.yarray.push([{ key, val }])
    })
  }

  delete(key: string): void {
    let index = 0
    for (const value of this.yarray) {
      if (isRecordEntry(value) && value.key === key) {
        this.yarray.delete(index, 1)
        return
      }
      index++
    }
  }

  get(key: string): T | undefined {
    return this.map.get(key)?.val
  }

  has(key: string): boolean {
    return this.map.has(key)
  }
}
