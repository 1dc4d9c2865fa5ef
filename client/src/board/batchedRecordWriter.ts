import type { TLRecord } from 'tldraw'
import type { YKeyValue } from 'y-utility/y-keyvalue'
import type * as Y from 'yjs'

/** Writes records to a doc's record map, a batch at a time. */
export interface BatchedRecordWriter {
  /** Queues a record (or, with null, its removal); the last change to an id wins. */
  write(id: string, record: TLRecord | null): void
  /** Forgets a queued change (another doc took it). */
  forget(id: string): void
  /** Writes what is queued now, and stops the timer. */
  flush(): void
  /** Writes what is queued and stops listening for the page being hidden. */
  dispose(): void
}

/**
 * The one batching writer for the board's doc and a person's private doc:
 * local changes are written in one Yjs transaction at most every
 * `flushEveryMs`, so a drag or a pen stroke sends a handful of updates a
 * second instead of one per pointer move.
 *
 * The first change after a quiet spell goes as soon as the code that made it
 * has finished (a microtask), so a single edit is not held back and several
 * shapes made together travel together. Whatever is queued is written when
 * the page is hidden or closed, so a note added just before a reload or a
 * closed tab still reaches the server.
 */
export function batchedRecordWriter(
  doc: Y.Doc,
  records: YKeyValue<TLRecord>,
  origin: unknown,
  flushEveryMs: number,
): BatchedRecordWriter {
  const pending = new Map<string, TLRecord | null>()
  let timer: ReturnType<typeof setTimeout> | null = null
  let soon = false
  let lastFlush = 0
  const flush = () => {
    if (timer) clearTimeout(timer)
    timer = null
    soon = false
    lastFlush = Date.now()
    if (pending.size === 0) return
    doc.transact(() => {
      for (const [id, record] of pending) {
        if (record) records.set(id, record)
        else records.delete(id)
      }
    }, origin)
    pending.clear()
  }
  const onHidden = () => flush()
  const page = typeof window === 'undefined' ? null : window
  page?.addEventListener('pagehide', onHidden)
  page?.document.addEventListener('visibilitychange', onHidden)
  return {
    write(id, record) {
      pending.set(id, record)
      if (timer || soon) return
      const wait = Math.max(0, flushEveryMs - (Date.now() - lastFlush))
      if (wait > 0) {
        timer = setTimeout(flush, wait)
        return
      }
      soon = true
      queueMicrotask(() => {
        if (soon) flush()
      })
    },
    forget(id) {
      pending.delete(id)
    },
    flush,
    dispose() {
      page?.removeEventListener('pagehide', onHidden)
      page?.document.removeEventListener('visibilitychange', onHidden)
      flush()
    },
  }
}
