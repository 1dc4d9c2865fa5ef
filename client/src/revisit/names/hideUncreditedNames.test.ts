import { expect, test } from 'vitest'
import { toRichText } from 'tldraw'
import type { ParticipantProfile } from '@wesee/shared'
import { hideUncreditedNames } from './hideUncreditedNames.ts'

function person(id: string, name: string | null, credit: boolean, avatar: string): ParticipantProfile {
  return {
    id,
    name,
    avatar,
    anonymous: name === null,
    credit,
    colour: '#000',
    isFacilitator: false,
    joinedAt: 0,
    lastSeenAt: 0,
    present: true,
  }
}

const people = [person('a', 'Annabel', true, '1F431'), person('b', 'Benedict', false, '1F436')]

function words(record: { props: { richText?: unknown } }): string {
  const found: string[] = []
  const walk = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return
    const { text, content } = node as { text?: unknown; content?: unknown }
    if (typeof text === 'string') found.push(text)
    if (Array.isArray(content)) content.forEach(walk)
  }
  walk(record.props.richText)
  return found.join('\n')
}

test('a column header for someone who did not agree shows Someone and their picture name', () => {
  const headers = [
    { id: 'shape:1', typeName: 'shape', type: 'text', props: { richText: toRichText('Annabel') } },
    { id: 'shape:2', typeName: 'shape', type: 'text', props: { richText: toRichText('Benedict') } },
  ]
  const [ann, ben] = hideUncreditedNames(headers, people)
  expect(words(ann!)).toBe('Annabel')
  expect(words(ben!)).toBe('Someone (Dog)')
  // The live records are not touched.
  expect(words(headers[1]!)).toBe('Benedict')
})

test('welcome cards, frame names and words people wrote lose the name too, whole words only', () => {
  const records = [
    { id: 'shape:w', typeName: 'shape', type: 'picture-note', props: { text: 'Benedict' } },
    { id: 'shape:f', typeName: 'shape', type: 'frame', props: { name: 'Benedict’s ideas' } },
    {
      id: 'shape:n',
      typeName: 'shape',
      type: 'note',
      props: { richText: toRichText('Ask Benedict and Annabel\nBenedicta stays') },
    },
    { id: 'asset:x', typeName: 'asset', props: { name: 'Benedict' } },
  ]
  const [card, frame, note, asset] = hideUncreditedNames(records, people)
  expect(card!.props.text).toBe('Someone (Dog)')
  expect(frame!.props.name).toBe('Someone (Dog)’s ideas')
  expect(words(note as never)).toBe('Ask Someone (Dog) and Annabel\nBenedicta stays')
  expect(asset).toBe(records[3])
})

test('nothing changes when everyone agreed, and people without a name have nothing to take out', () => {
  const records = [{ id: 'shape:n', typeName: 'shape', type: 'text', props: { richText: toRichText('Jo') } }]
  const everyone = [person('a', 'Jo', true, '1F431'), person('c', null, false, '1F436')]
  expect(hideUncreditedNames(records, everyone)).toEqual(records)
})

test('names with signs in them are matched as they are', () => {
  const odd = [person('d', 'A.J. (Jr)', false, '1F431')]
  const records = [
    { id: 'shape:t', typeName: 'shape', type: 'text', props: { text: 'By A.J. (Jr) and AxJx (Jr)' } },
  ]
  expect(hideUncreditedNames(records, odd)[0]!.props.text).toBe('By Someone (Cat) and AxJx (Jr)')
})

test('a header and a welcome card are named by who they are for, even after a change of name', () => {
  // Benedict joined as "Ben" and shared notes; he changed his name later and did not agree to be named.
  const frame = 'shape:frame'
  const records = [
    {
      id: 'shape:h1',
      typeName: 'shape',
      type: 'text',
      parentId: frame,
      x: 48,
      y: 300,
      meta: { privateWritingColumn: true },
      props: { richText: toRichText('Ben') },
    },
    {
      id: 'shape:n1',
      typeName: 'shape',
      type: 'note',
      parentId: frame,
      x: 48,
      y: 480,
      meta: { privateWriting: true, authorId: 'b' },
      props: { richText: toRichText('A quiet place') },
    },
    {
      id: 'shape:h2',
      typeName: 'shape',
      type: 'text',
      parentId: frame,
      x: 288,
      y: 300,
      meta: { privateWritingColumn: true },
      props: { richText: toRichText('Shared without a name') },
    },
    {
      id: 'shape:n2',
      typeName: 'shape',
      type: 'note',
      parentId: frame,
      x: 288,
      y: 480,
      meta: { privateWriting: true, authorId: null, anonymous: true },
      props: { richText: toRichText('Nobody knows') },
    },
    {
      id: 'shape:welcome-b',
      typeName: 'shape',
      type: 'picture-note',
      meta: { welcomeFor: 'b' },
      props: { text: 'Ben' },
    },
    {
      id: 'shape:welcome-a',
      typeName: 'shape',
      type: 'picture-note',
      meta: { welcomeFor: 'a' },
      props: { text: 'Annabel' },
    },
  ]
  const [ben, , pooled, , benCard, annCard] = hideUncreditedNames(records, people)
  expect(words(ben as never)).toBe('Someone (Dog)')
  expect(words(pooled as never)).toBe('Shared without a name')
  expect(benCard!.props).toEqual({ text: 'Someone (Dog)' })
  expect(annCard!.props).toEqual({ text: 'Annabel' })
})
