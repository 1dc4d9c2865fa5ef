import { createTLSchema, type TLRecord } from '@tldraw/tlschema'
import { describe, expect, test } from 'vitest'
import { firstPageId, migrateStoredRecord, serializedBoardSchema, validateRecord } from '../boardDoc.ts'
import { isPictureNoteSrc, pictureNoteWords, type PictureNoteShape } from './pictureNote.ts'

const hash = 'a'.repeat(64)

function pictureNote(props: Partial<PictureNoteShape['props']> = {}): PictureNoteShape {
  return {
    id: 'shape:picture-note-1' as PictureNoteShape['id'],
    typeName: 'shape',
    type: 'picture-note',
    parentId: firstPageId,
    index: 'a1' as PictureNoteShape['index'],
    x: 10,
    y: 20,
    rotation: 0,
    opacity: 1,
    isLocked: false,
    meta: {},
    props: {
      w: 240,
      h: 280,
      color: 'yellow',
      picture: { src: '/pictures/1F68C.svg', name: 'Bus' },
      text: 'Late again',
      ...props,
    },
  }
}

const asRecord = (shape: unknown) => shape as TLRecord

describe('the picture note in the board schema', () => {
  test('accepts a picture note with a library picture or an uploaded one', () => {
    expect(() => validateRecord(asRecord(pictureNote()))).not.toThrow()
    const upload = pictureNote({ picture: { src: `/api/assets/${hash}`, name: 'My drawing' }, text: '' })
    expect(() => validateRecord(asRecord(upload))).not.toThrow()
  })

  test.each([
    ['a picture from another host', { picture: { src: 'https://example.com/bus.svg', name: 'Bus' } }],
    ['a script address', { picture: { src: 'javascript:alert(1)', name: 'Bus' } }],
    ['a picture with no name', { picture: { src: '/pictures/1F68C.svg', name: '  ' } }],
    ['a picture with a very long name', { picture: { src: '/pictures/1F68C.svg', name: 'x'.repeat(101) } }],
    ['a picture with an extra field', { picture: { src: '/pictures/1F68C.svg', name: 'Bus', onload: 'x' } }],
    ['no width', { w: 0 }],
    ['an unknown colour', { color: 'pink' }],
    ['words that are not text', { text: 42 }],
  ])('refuses %s', (_what, props) => {
    expect(() => validateRecord(asRecord(pictureNote(props as never)))).toThrow()
  })

  test('is part of the schema stored with every board, at version 0', () => {
    const { sequences } = serializedBoardSchema() as { sequences: Record<string, number> }
    expect(sequences['com.tldraw.shape.picture-note']).toBe(0)
  })

  test('a board stored before picture notes existed migrates to the current schema', () => {
    const before = createTLSchema().serialize()
    const note = asRecord(pictureNote())
    expect(migrateStoredRecord(note, before)).toEqual({ ok: true, record: note })
  })
})

describe('isPictureNoteSrc', () => {
  test('allows only pictures WeSee serves itself', () => {
    expect(isPictureNoteSrc('/pictures/1F9D1-200D-2695-FE0F.svg')).toBe(true)
    expect(isPictureNoteSrc(`/api/assets/${hash}`)).toBe(true)
    expect(isPictureNoteSrc(`/api/assets/${hash}/../x`)).toBe(false)
    expect(isPictureNoteSrc('/pictures/../secret.svg')).toBe(false)
    expect(isPictureNoteSrc('//evil.example/pictures/1F68C.svg')).toBe(false)
    expect(isPictureNoteSrc('data:image/svg+xml,<svg/>')).toBe(false)
  })
})

describe('pictureNoteWords', () => {
  test('says the picture, then the words', () => {
    expect(pictureNoteWords({ picture: { src: '', name: 'Bus' }, text: ' Late again ' })).toBe(
      'Bus. Late again',
    )
    expect(pictureNoteWords({ picture: { src: '', name: 'Bus' }, text: '' })).toBe('Bus')
  })
})
