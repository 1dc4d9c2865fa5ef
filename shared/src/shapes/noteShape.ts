import { toRichText, type TLNoteShape } from '@tldraw/tlschema'

/** A yellow note in tldraw 3.15's shape, as WeSee writes them. */
export const defaultNoteProps = {
  color: 'yellow',
  labelColor: 'black',
  size: 'm',
  font: 'sans',
  fontSizeAdjustment: 0,
  align: 'middle',
  verticalAlign: 'middle',
  growY: 0,
  url: '',
  scale: 1,
} as const satisfies Partial<TLNoteShape['props']>

/**
 * A complete, valid note record with these words: one place for every field
 * tldraw requires (templates, the server, tests and the benchmark use it).
 */
export function noteShape(fields: {
  id: string
  parentId: string
  index: string
  x: number
  y: number
  text: string
  meta?: TLNoteShape['meta']
  props?: Partial<Omit<TLNoteShape['props'], 'richText'>>
  isLocked?: boolean
}): TLNoteShape {
  return {
    id: fields.id as TLNoteShape['id'],
    typeName: 'shape',
    type: 'note',
    parentId: fields.parentId as TLNoteShape['parentId'],
    index: fields.index as TLNoteShape['index'],
    x: fields.x,
    y: fields.y,
    rotation: 0,
    isLocked: fields.isLocked ?? false,
    opacity: 1,
    meta: fields.meta ?? {},
    props: { ...defaultNoteProps, ...fields.props, richText: toRichText(fields.text) },
  }
}
