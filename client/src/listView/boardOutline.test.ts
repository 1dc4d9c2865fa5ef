import { shapeText, type ShapeLike } from '@wesee/shared'
import type { TLShape } from 'tldraw'
import { describe, expect, it } from 'vitest'
import { toNote } from './boardOutline.ts'

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const item = (text: string) => ({ type: 'listItem', content: [paragraph(text)] })

const note = {
  id: 'shape:shopping',
  typeName: 'shape',
  type: 'note',
  parentId: 'page:page',
  x: 0,
  y: 0,
  meta: { authorId: 'p1' },
  props: {
    richText: {
      type: 'doc',
      content: [
        paragraph('Buy'),
        paragraph('milk'),
        { type: 'bulletList', content: [item('eggs'), item('bread')] },
      ],
    },
  },
}

describe('list view note text', () => {
  it('is the same text the summary shows for the same note', () => {
    const listText = toNote(note as unknown as TLShape).text
    // The summary (server/src/summary/buildSummary.ts) reads notes with shared `shapeText`.
    expect(listText).toBe(shapeText(note as ShapeLike))
    expect(listText).toBe('Buy\nmilk\neggs\nbread')
  })
})
