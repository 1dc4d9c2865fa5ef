import { expect, test } from 'vitest'
import type { ParticipantProfile } from '../controlDoc.ts'
import { peopleWhoTookPart } from './peopleWhoTookPart.ts'

const person = (id: string, isFacilitator: boolean): ParticipantProfile => ({
  id,
  name: id,
  avatar: '1F431',
  anonymous: false,
  credit: false,
  colour: '#000',
  isFacilitator,
  joinedAt: 0,
  lastSeenAt: 0,
  present: true,
})

const note = (authorId: string) => ({
  id: `shape:${authorId}`,
  typeName: 'shape',
  type: 'note',
  meta: { authorId },
  props: {},
})

test('a facilitator who only ran the session is not counted; one who wrote a note is', () => {
  const people = [person('fran', true), person('ann', false), person('ben', false)]
  expect(peopleWhoTookPart(people, [note('ann')]).map((p) => p.id)).toEqual(['ann', 'ben'])
  expect(peopleWhoTookPart(people, [note('fran')]).map((p) => p.id)).toEqual(['fran', 'ann', 'ben'])
})
