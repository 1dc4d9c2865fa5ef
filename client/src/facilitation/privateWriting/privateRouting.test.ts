import { noteShape } from '@wesee/shared'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createTLStore, defaultBindingUtils, defaultShapeUtils, type TLRecord } from 'tldraw'
import { YKeyValue } from 'y-utility/y-keyvalue'
import * as Y from 'yjs'
import { buildTemplateRecords, createBaseRecords, recordsArrayName } from '@wesee/shared'
import { bindStoreToYjs } from '../../board/bindStoreToYjs.ts'
import { bindPrivateDoc } from './bindPrivateDoc.ts'
import { PrivateNoteRouter } from './PrivateNoteRouter.ts'

const iSee = 'shape:frame-exploration-i-see'

function note(id: string, words: string, parentId = iSee): TLRecord {
  return noteShape({
    id: `shape:${id}`,
    parentId,
    index: 'a9',
    x: 100,
    y: 400,
    text: words,
    props: { font: 'draw' },
  })
}

/** Changes some fields of a record, as a person's edit would (a 'user' change). */
function edit(store: ReturnType<typeof createTLStore>, id: string, patch: Record<string, unknown>): TLRecord {
  return { ...store.get(id as TLRecord['id'])!, ...patch } as TLRecord
}

function setUp() {
  const content = new Y.Doc()
  const contentRecords = new YKeyValue<TLRecord>(content.getArray(recordsArrayName))
  for (const record of [...createBaseRecords(), ...buildTemplateRecords('exploration')]) {
    contentRecords.set(record.id, record)
  }
  const privateDoc = new Y.Doc()
  const privateRecords = new YKeyValue<TLRecord>(privateDoc.getArray(recordsArrayName))
  const store = createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils })
  const router = new PrivateNoteRouter()
  const unbindContent = bindStoreToYjs(store, content, 100, router.divert)
  const unbindPrivate = bindPrivateDoc(store, privateDoc, router)
  const flush = () => vi.advanceTimersByTime(500)
  const contentText = () => JSON.stringify(content.toJSON())
  return {
    store,
    router,
    content,
    contentRecords,
    privateDoc,
    privateRecords,
    flush,
    contentText,
    unbindContent,
    unbindPrivate,
  }
}

describe('private notes and the shared board', () => {
  beforeEach(() => {
    // The writer sends a first change in a microtask; fake it so advancing time runs it.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'queueMicrotask'] })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('a new note in the private-writing frame goes to the private doc and never to the board', () => {
    const { store, router, privateRecords, flush, contentText } = setUp()
    router.setActiveFrame(iSee)
    store.put([note('mine', 'Only mine')])
    store.put([edit(store, 'shape:mine', { x: 300 })])
    flush()
    expect(privateRecords.get('shape:mine')).toMatchObject({ x: 300 })
    expect(contentText()).not.toContain('Only mine')
    expect(router.isPrivate('shape:mine')).toBe(true)
    // Moving it out of the frame does not make it public; deleting it deletes it from the private doc.
    store.put([edit(store, 'shape:mine', { parentId: 'page:page' })])
    flush()
    expect(contentText()).not.toContain('Only mine')
    store.remove(['shape:mine' as never])
    flush()
    expect(privateRecords.has('shape:mine')).toBe(false)
  })

  it('notes elsewhere, notes already on the board, and notes made while it is off stay public', () => {
    const { store, router, contentRecords, privateRecords, flush } = setUp()
    contentRecords.set('shape:public', note('public', 'Already shared'))
    flush()
    router.setActiveFrame(iSee)
    store.put([note('elsewhere', 'On the page', 'page:page')])
    store.put([edit(store, 'shape:public', { x: 999 })])
    flush()
    expect(contentRecords.has('shape:elsewhere')).toBe(true)
    expect(contentRecords.get('shape:public')).toMatchObject({ x: 999 })
    expect(privateRecords.map.size).toBe(0)
    router.setActiveFrame(null)
    store.put([note('later', 'After it stopped')])
    flush()
    expect(contentRecords.has('shape:later')).toBe(true)
  })

  it('copies of a private note and arrows bound to it stay private', () => {
    const { store, router, privateRecords, flush, contentText } = setUp()
    router.setActiveFrame(iSee)
    store.put([note('original', 'A secret thought')])
    flush()
    router.setActiveFrame(null)
    // Duplicated or pasted onto the page after private writing stopped.
    store.put([note('copy', 'A secret thought', 'page:page')])
    store.put([
      {
        id: 'binding:to-secret',
        typeName: 'binding',
        type: 'arrow',
        fromId: 'shape:an-arrow',
        toId: 'shape:original',
        meta: {},
        props: {
          terminal: 'end',
          normalizedAnchor: { x: 0.5, y: 0.5 },
          isExact: false,
          isPrecise: false,
          snap: 'none',
        },
      } as unknown as TLRecord,
    ])
    flush()
    expect(privateRecords.has('shape:copy')).toBe(true)
    expect(privateRecords.has('binding:to-secret')).toBe(true)
    expect(contentText()).not.toContain('A secret thought')
    expect(contentText()).not.toContain('shape:original')
  })

  it('a group made only of private notes is private; a group with public shapes in it is not', () => {
    const { store, router, privateRecords, contentRecords, flush } = setUp()
    router.setActiveFrame(iSee)
    store.put([note('one', 'First secret'), note('two', 'Second secret')])
    store.put([note('open', 'Open words', 'page:page')])
    flush()
    // One change, as tldraw's "group" makes it: the group, and its children moved into it.
    const group = (id: string, children: string[]) =>
      store.put([
        {
          id,
          typeName: 'shape',
          type: 'group',
          parentId: iSee,
          index: 'a7',
          x: 0,
          y: 0,
          rotation: 0,
          isLocked: false,
          opacity: 1,
          meta: {},
          props: {},
        } as unknown as TLRecord,
        ...children.map((child) => edit(store, child, { parentId: id })),
      ])
    group('shape:private-group', ['shape:one', 'shape:two'])
    flush()
    expect(privateRecords.has('shape:private-group')).toBe(true)
    expect(contentRecords.has('shape:private-group')).toBe(false)
    store.put([note('three', 'Third secret')])
    flush()
    group('shape:mixed-group', ['shape:three', 'shape:open'])
    flush()
    expect(contentRecords.has('shape:mixed-group')).toBe(true)
    expect(contentRecords.get('shape:open')).toMatchObject({ parentId: 'shape:mixed-group' })
    expect(JSON.stringify(contentRecords.get('shape:three') ?? null)).toBe('null')
  })

  it('what the private doc holds is drawn, and a share on the server removes it from the canvas', () => {
    const { store, router, privateRecords, flush, contentText } = setUp()
    privateRecords.set('shape:kept', note('kept', 'Kept from before'))
    expect(store.has('shape:kept' as never)).toBe(true)
    expect(router.isPrivate('shape:kept')).toBe(true)
    // My later edits to it stay private, even with private writing off.
    store.put([edit(store, 'shape:kept', { y: 10 })])
    flush()
    expect(privateRecords.get('shape:kept')).toMatchObject({ y: 10 })
    expect(contentText()).not.toContain('Kept from before')
    privateRecords.delete('shape:kept')
    expect(store.has('shape:kept' as never)).toBe(false)
  })

  it('without a private doc nothing is held back', () => {
    const content = new Y.Doc()
    const records = new YKeyValue<TLRecord>(content.getArray(recordsArrayName))
    for (const record of [...createBaseRecords(), ...buildTemplateRecords('exploration')])
      records.set(record.id, record)
    const store = createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils })
    const router = new PrivateNoteRouter()
    router.setActiveFrame(iSee)
    bindStoreToYjs(store, content, 100, router.divert)
    store.put([note('viewer', 'No private doc')])
    vi.advanceTimersByTime(500)
    expect(records.has('shape:viewer')).toBe(true)
  })

  it('unbinding flushes pending private writes and stops routing', () => {
    const { store, router, privateRecords, unbindPrivate } = setUp()
    router.setActiveFrame(iSee)
    store.put([note('last', 'Last words')])
    store.put([edit(store, 'shape:last', { x: 42 })])
    unbindPrivate()
    expect(privateRecords.get('shape:last')).toMatchObject({ x: 42 })
  })
})
