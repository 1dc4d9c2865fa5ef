import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { YKeyValue } from 'y-utility/y-keyvalue'
import type { TLRecord } from 'tldraw'
import { batchedRecordWriter } from './batchedRecordWriter.ts'

const note = (id: string, words: string) => ({ id, typeName: 'shape', words }) as unknown as TLRecord

describe('batchedRecordWriter', () => {
  it('sends the first change at once, then one transaction per window with the last change to each id', () => {
    vi.useFakeTimers()
    try {
      const doc = new Y.Doc()
      const records = new YKeyValue<TLRecord>(doc.getArray('records'))
      const transactions: number[] = []
      doc.on('afterTransaction', (transaction: Y.Transaction) => {
        if (transaction.origin === 'me') transactions.push(Date.now())
      })
      const writer = batchedRecordWriter(doc, records, 'me', 100)

      writer.write('a', note('a', 'B'))
      expect(transactions).toHaveLength(1)
      writer.write('a', note('a', 'Bu'))
      writer.write('a', note('a', 'Bus'))
      writer.write('b', note('b', 'Late'))
      writer.forget('b')
      expect(transactions).toHaveLength(1)
      vi.advanceTimersByTime(100)
      expect(transactions).toHaveLength(2)
      expect((records.get('a') as unknown as { words: string }).words).toBe('Bus')
      expect(records.has('b')).toBe(false)

      writer.write('a', null)
      writer.flush()
      expect(records.has('a')).toBe(false)
    } finally {
      vi.useRealTimers()
    }
  })
})
