import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { YKeyValue } from 'y-utility/y-keyvalue'
import type { TLRecord } from 'tldraw'
import { batchedRecordWriter } from './batchedRecordWriter.ts'

const note = (id: string, words: string) => ({ id, typeName: 'shape', words }) as unknown as TLRecord

function setUp() {
  const doc = new Y.Doc()
  const records = new YKeyValue<TLRecord>(doc.getArray('records'))
  const transactions: number[] = []
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    if (transaction.origin === 'me') transactions.push(Date.now())
  })
  return { records, transactions, writer: batchedRecordWriter(doc, records, 'me', 100) }
}

describe('batchedRecordWriter', () => {
  it('sends the first change as soon as the code making it is done, then one transaction per window with the last change to each id', async () => {
    vi.useFakeTimers()
    try {
      const { records, transactions, writer } = setUp()

      // Three notes made together (one tldraw change) travel in one transaction.
      writer.write('a', note('a', 'B'))
      writer.write('c', note('c', 'Kind drivers'))
      writer.write('d', note('d', 'Cheaper tickets'))
      expect(transactions).toHaveLength(0)
      await Promise.resolve()
      expect(transactions).toHaveLength(1)
      expect(records.has('c') && records.has('d')).toBe(true)

      writer.write('a', note('a', 'Bu'))
      writer.write('a', note('a', 'Bus'))
      writer.write('b', note('b', 'Late'))
      writer.forget('b')
      await Promise.resolve()
      expect(transactions).toHaveLength(1)
      vi.advanceTimersByTime(100)
      expect(transactions).toHaveLength(2)
      expect((records.get('a') as unknown as { words: string }).words).toBe('Bus')
      expect(records.has('b')).toBe(false)

      writer.write('a', null)
      writer.dispose()
      expect(records.has('a')).toBe(false)
    } finally {
      vi.useRealTimers()
    }
  })
})
