import { describe, expect, it } from 'vitest'
import { noteShape } from '../shapes/noteShape.ts'
import { isNoteShape, plainTextOf, shapeText } from './shapeText.ts'

const paragraph = (...texts: string[]) => ({
  type: 'paragraph',
  content: texts.map((text) => ({ type: 'text', text })),
})
const item = (text: string) => ({ type: 'listItem', content: [paragraph(text)] })
const doc = (...content: unknown[]) => ({ type: 'doc', content })

/** "Buy" / "milk" then a bullet list: the note the list view used to read as "Buymilk\neggsbread". */
const shoppingNote = doc(paragraph('Buy'), paragraph('milk'), {
  type: 'bulletList',
  content: [item('eggs'), item('bread')],
})

describe('plainTextOf', () => {
  it('puts each paragraph and each bullet on its own line', () => {
    expect(plainTextOf(shoppingNote)).toBe('Buy\nmilk\neggs\nbread')
  })

  it('reads numbered lists like bullet lists', () => {
    expect(plainTextOf(doc({ type: 'orderedList', content: [item('one'), item('two')] }))).toBe('one\ntwo')
  })

  it('joins the pieces of one paragraph (bold, links) without spaces', () => {
    expect(plainTextOf(doc(paragraph('Too ', 'loud', '!')))).toBe('Too loud!')
  })

  it('turns a hard break into a new line', () => {
    const hard = {
      type: 'paragraph',
      content: [{ type: 'text', text: 'up' }, { type: 'hardBreak' }, { type: 'text', text: 'down' }],
    }
    expect(plainTextOf(doc(hard))).toBe('up\ndown')
  })

  it('reads an empty note, or no rich text at all, as no words', () => {
    expect(plainTextOf(doc({ type: 'paragraph' }))).toBe('')
    expect(plainTextOf(doc())).toBe('')
    expect(plainTextOf(undefined)).toBe('')
    expect(plainTextOf('not rich text')).toBe('')
  })
})

describe('isNoteShape', () => {
  const shape = (type: string) => ({ id: 'shape:x', typeName: 'shape', type, props: {} })

  it('is true for sticky notes and picture notes', () => {
    expect(
      isNoteShape(noteShape({ id: 'shape:n', parentId: 'page:page', index: 'a1', x: 0, y: 0, text: 'Hi' })),
    ).toBe(true)
    expect(isNoteShape(shape('picture-note'))).toBe(true)
  })

  it('is false for other shapes, even ones whose name says "note"', () => {
    expect(isNoteShape(shape('frame'))).toBe(false)
    expect(isNoteShape(shape('text'))).toBe(false)
    expect(isNoteShape(shape('footnote'))).toBe(false)
    expect(isNoteShape({ id: 'shape:x', typeName: 'asset', type: 'note' })).toBe(false)
    expect(isNoteShape(null)).toBe(false)
  })
})

describe('shapeText', () => {
  it('reads a picture note by its words prop', () => {
    const picture = {
      id: 'shape:p',
      typeName: 'shape',
      type: 'picture-note',
      props: { text: ' Late again ', picture: { name: 'Bus' } },
    }
    expect(shapeText(picture)).toBe('Late again')
  })
})
