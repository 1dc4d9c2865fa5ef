import { describe, expect, test } from 'vitest'
import { Role } from '../roles.ts'
import { RefusalCode } from '../refusals.ts'
import { foreignAddressIn } from './ownAddresses.ts'
import { judgeChange, mayChangeShape, type JudgedRecord } from './judgeChange.ts'

const ana = { role: Role.Participant, participantId: 'ana' }
const ben = { role: Role.Participant, participantId: 'ben' }
const facilitator = { role: Role.Facilitator, participantId: 'fac' }
const now = 1_700_000_000_000

function note(fields: Partial<JudgedRecord> = {}): JudgedRecord {
  return {
    id: 'shape:n1',
    typeName: 'shape',
    type: 'note',
    parentId: 'page:page',
    index: 'a1',
    x: 0,
    y: 0,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    meta: { authorId: 'ana', createdAt: 1 },
    props: { richText: { type: 'doc', content: [] }, color: 'yellow' },
    ...fields,
  }
}

const frame = note({ id: 'shape:frame-1', type: 'frame', meta: {}, props: { name: 'Now what?' } })

describe('judgeChange', () => {
  test('a new shape is credited to the connection, whatever the wire says', () => {
    const judgement = judgeChange(undefined, note({ meta: { authorId: 'ben', createdAt: 5 } }), ana, now)
    expect(judgement).toMatchObject({
      kind: 'allow-as',
      record: { meta: { authorId: 'ana', createdAt: now } },
    })
  })

  test("a new shape stamped truthfully by the person's own screen is kept exactly as sent", () => {
    const truthful = note({ meta: { authorId: 'ana', createdAt: now - 3_000 } })
    expect(judgeChange(undefined, truthful, ana, now)).toEqual({ kind: 'allow' })
    const farOut = note({ meta: { authorId: 'ana', createdAt: now + 11 * 60_000 } })
    expect(judgeChange(undefined, farOut, ana, now)).toMatchObject({
      kind: 'allow-as',
      record: { meta: { authorId: 'ana', createdAt: now } },
    })
  })

  test('the author may change and delete their own note, but not re-credit it', () => {
    expect(judgeChange(note(), note({ props: { color: 'blue' } }), ana, now)).toEqual({ kind: 'allow' })
    expect(judgeChange(note(), undefined, ana, now)).toEqual({ kind: 'allow' })
    const spoof = judgeChange(note(), note({ meta: { authorId: 'ben', createdAt: 9 } }), ana, now)
    expect(spoof).toMatchObject({ kind: 'allow-as', record: { meta: { authorId: 'ana', createdAt: 1 } } })
  })

  test("someone else's note may be moved, not changed or deleted", () => {
    const moved = note({ x: 300, y: 40, rotation: 0.2, parentId: 'shape:frame-1', index: 'a5' })
    expect(judgeChange(note(), moved, ben, now)).toEqual({ kind: 'allow' })
    const rewritten = judgeChange(note(), note({ props: { color: 'red' } }), ben, now)
    expect(rewritten).toEqual({
      kind: 'refuse',
      refusal: { code: RefusalCode.NotYours, message: 'Only the person who wrote this note can change it.' },
    })
    expect(judgeChange(note(), undefined, ben, now)).toMatchObject({
      refusal: { code: RefusalCode.NotYours },
    })
    const recredit = judgeChange(note(), note({ meta: { authorId: 'ben' } }), ben, now)
    expect(recredit.kind).toBe('refuse')
  })

  test('frames, locked shapes and pages are the facilitator’s, even to move', () => {
    for (const after of [frame, { ...frame, x: 10 }, { ...frame, props: { name: 'Mine now' } }, undefined]) {
      expect(judgeChange(frame, after, ben, now)).toMatchObject({
        refusal: { code: RefusalCode.OnlyFacilitator },
      })
    }
    const locked = note({ isLocked: true })
    expect(judgeChange(locked, { ...locked, x: 5 }, ana, now).kind).toBe('refuse')
    expect(judgeChange(note(), note({ isLocked: true }), ana, now)).toMatchObject({
      refusal: { code: RefusalCode.LockIsFacilitators },
    })
    const page = { id: 'page:page', typeName: 'page', name: 'Page 1', index: 'a1', meta: {} }
    expect(judgeChange(page, { ...page, name: 'x' }, ana, now).kind).toBe('refuse')
  })

  test('a note with no author (a welcome card, a starter note) may be moved by anyone, changed by the facilitator', () => {
    const card = note({ meta: { welcomeFor: 'ana' } })
    expect(judgeChange(card, { ...card, x: 99 }, ben, now)).toEqual({ kind: 'allow' })
    expect(judgeChange(card, undefined, ana, now).kind).toBe('refuse')
    expect(judgeChange(card, undefined, facilitator, now)).toEqual({ kind: 'allow' })
  })

  test('the facilitator may do everything; their own new shapes are credited to them', () => {
    expect(judgeChange(frame, undefined, facilitator, now)).toEqual({ kind: 'allow' })
    expect(judgeChange(note(), note({ isLocked: true }), facilitator, now)).toEqual({ kind: 'allow' })
    expect(judgeChange(undefined, frame, facilitator, now)).toMatchObject({
      record: { meta: { authorId: 'fac' } },
    })
  })

  test('a copy of a locked shape arrives unlocked; a viewer may write nothing', () => {
    expect(judgeChange(undefined, note({ isLocked: true }), ana, now)).toMatchObject({
      record: { isLocked: false },
    })
    expect(judgeChange(undefined, note(), { role: Role.Viewer, participantId: null }, now).kind).toBe(
      'refuse',
    )
  })

  test('mayChangeShape tells the client what not to offer', () => {
    expect(mayChangeShape(note(), ana)).toBe(true)
    expect(mayChangeShape(note(), ben)).toBe(false)
    expect(mayChangeShape(frame, facilitator)).toBe(true)
  })
})

describe('foreignAddressIn', () => {
  const asset = (src: unknown) => ({ typeName: 'asset', type: 'image', props: { src } })
  test('allows this server’s uploads and library pictures, and no address yet', () => {
    expect(foreignAddressIn(asset(`/api/assets/${'a'.repeat(64)}`))).toBeNull()
    expect(foreignAddressIn(asset('/pictures/1F68C.svg'))).toBeNull()
    expect(foreignAddressIn(asset(null))).toBeNull()
  })
  test.each([
    'https://evil.example/x.png',
    '//evil.example/x.png',
    'data:image/png;base64,AAAA',
    '/api/assets/../../etc',
  ])('refuses %s', (src) => {
    expect(foreignAddressIn(asset(src))).toBe(src)
  })
  test('bookmarks and embeds too', () => {
    expect(foreignAddressIn({ typeName: 'shape', type: 'embed', props: { url: 'https://x.example' } })).toBe(
      'https://x.example',
    )
    expect(foreignAddressIn({ typeName: 'shape', type: 'bookmark', props: { url: '' } })).toBeNull()
  })
})
