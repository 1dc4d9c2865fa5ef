import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createTLStore, defaultBindingUtils, defaultShapeUtils, type TLRecord, type TLShapeId } from 'tldraw'
import { YKeyValue } from 'y-utility/y-keyvalue'
import * as Y from 'yjs'
import { createBaseRecords, recordsArrayName } from '@wesee/shared'
import { bindStoreToYjs } from './bindStoreToYjs.ts'

function seededDoc(): Y.Doc {
  const doc = new Y.Doc()
  const records = new YKeyValue<TLRecord>(doc.getArray(recordsArrayName))
  for (const record of createBaseRecords()) records.set(record.id, record)
  return doc
}

function newStore() {
  return createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils })
}

const shapeId = 'shape:moving' as TLShapeId

function geoShape(x: number): TLRecord {
  return {
    id: shapeId,
    typeName: 'shape',
    type: 'geo',
    x,
    y: 0,
    rotation: 0,
    index: 'a1',
    parentId: 'page:page',
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      w: 100,
      h: 100,
      geo: 'rectangle',
      color: 'black',
      labelColor: 'black',
      fill: 'none',
      dash: 'draw',
      size: 'm',
      font: 'draw',
      align: 'middle',
      verticalAlign: 'middle',
      growY: 0,
      url: '',
      scale: 1,
      richText: { type: 'doc', content: [{ type: 'paragraph' }] },
    },
  } as unknown as TLRecord
}

describe('bindStoreToYjs', () => {
  beforeEach(() => {
    // The writer sends a first change in a microtask; fake it so advancing time runs it.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'queueMicrotask'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('loads the seeded records into the store', () => {
    const doc = seededDoc()
    const store = newStore()
    const unbind = bindStoreToYjs(store, doc)
    expect(store.get('page:page' as TLRecord['id'])).toBeDefined()
    expect(store.get('document:document' as TLRecord['id'])).toBeDefined()
    unbind()
  })

  it('batches a drag at pointer rate into about ten writes a second', () => {
    const doc = seededDoc()
    const store = newStore()
    const unbind = bindStoreToYjs(store, doc, 100)
    let writes = 0
    doc.on('update', () => writes++)
    // One second of dragging at 60 moves a second.
    for (let frame = 0; frame < 60; frame++) {
      store.put([geoShape(frame * 5)])
      vi.advanceTimersByTime(1000 / 60)
    }
    vi.advanceTimersByTime(200)
    expect(writes).toBeGreaterThanOrEqual(8)
    expect(writes).toBeLessThanOrEqual(12)
    // The last position is the one stored.
    const stored = new YKeyValue<TLRecord>(doc.getArray(recordsArrayName)).get(shapeId) as { x: number }
    expect(stored.x).toBe(59 * 5)
    unbind()
  })

  it('applies remote changes to the store without echoing them back', () => {
    const doc = seededDoc()
    const store = newStore()
    const unbind = bindStoreToYjs(store, doc)
    const remote = new Y.Doc()
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc))
    let echoes = 0
    doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin !== 'remote') echoes++
    })
    new YKeyValue<TLRecord>(remote.getArray(recordsArrayName)).set(shapeId, geoShape(42))
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote), 'remote')
    expect((store.get(shapeId) as { x: number } | undefined)?.x).toBe(42)
    vi.advanceTimersByTime(500)
    expect(echoes).toBe(0)
    unbind()
  })

  it('skips a remote record tldraw cannot read instead of breaking the board', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const doc = seededDoc()
    const store = newStore()
    const unbind = bindStoreToYjs(store, doc)
    const records = new YKeyValue<unknown>(doc.getArray(recordsArrayName))
    const remote = new Y.Doc()
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc))
    const remoteRecords = new YKeyValue<unknown>(remote.getArray(recordsArrayName))
    remote.transact(() => {
      remoteRecords.set('shape:broken', {
        id: 'shape:broken',
        typeName: 'shape',
        type: 'geo',
        props: 'nonsense',
      })
      remoteRecords.set(shapeId, geoShape(7))
    })
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote), 'remote')
    expect(records.get('shape:broken')).toBeDefined()
    expect(store.get('shape:broken' as TLRecord['id'])).toBeUndefined()
    expect(store.get(shapeId)).toBeDefined()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('shape:broken'), expect.anything())
    warn.mockRestore()
    unbind()
  })
})
