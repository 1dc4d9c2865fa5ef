import { describe, expect, it } from 'vitest'
import { validateRecord } from '../boardDoc.ts'
import { noteShape } from './noteShape.ts'

describe('noteShape', () => {
  it('builds a note tldraw accepts, with the words as rich text', () => {
    const note = noteShape({ id: 'shape:n', parentId: 'page:page', index: 'a1', x: 1, y: 2, text: 'Hello' })
    expect(() => validateRecord(note)).not.toThrow()
    expect(JSON.stringify(note.props.richText)).toContain('Hello')
  })

  it('takes overrides for props and meta', () => {
    const note = noteShape({
      id: 'shape:n',
      parentId: 'page:page',
      index: 'a1',
      x: 0,
      y: 0,
      text: '',
      meta: { authorId: 'p1' },
      props: { font: 'draw', growY: 40 },
    })
    expect(note.props.font).toBe('draw')
    expect(note.props.growY).toBe(40)
    expect(note.meta).toEqual({ authorId: 'p1' })
    expect(() => validateRecord(note)).not.toThrow()
  })
})
