import { expect, test } from 'vitest'
import type { ParticipantProfile, VoteState } from '@wesee/shared'
import { text } from '../text.ts'
import { votedOutOf } from './roomCounts.ts'

const person = (id: string, present: boolean, isFacilitator = false): ParticipantProfile => ({
  id,
  name: id,
  avatar: 'cat',
  anonymous: false,
  credit: false,
  colour: '#000000',
  isFacilitator,
  joinedAt: 0,
  lastSeenAt: 0,
  present,
})

const voteWith = (voterCount: number) => ({ voterCount }) as VoteState

test('the room counts people here who are not facilitators, and never reads "3 of 2"', () => {
  const people = [person('fran', true, true), person('sam', true), person('pat', true), person('jo', false)]
  expect(votedOutOf(voteWith(1), people)).toEqual({ done: 1, total: 2 })
  // A facilitator's own votes or someone who left still count as voted.
  expect(votedOutOf(voteWith(3), people)).toEqual({ done: 3, total: 3 })
  expect(votedOutOf(voteWith(0), [person('fran', true, true)])).toEqual({ done: 0, total: null })
})

test('the words agree with the numbers', () => {
  expect(text.projector.voted(3, 5)).toBe('3 of 5 people have voted')
  expect(text.projector.voted(1, 5)).toBe('1 of 5 people has voted')
  expect(text.projector.voted(0, 1)).toBe('0 of 1 person has voted')
  expect(text.projector.voted(0, null)).toBe('Nobody has voted yet')
  expect(text.projector.writing(4, 5)).toBe('4 of 5 are writing')
  expect(text.projector.writing(1, 5)).toBe('1 of 5 is writing')
  expect(text.projector.shared(1)).toBe('1 has shared')
  expect(text.projector.shared(2)).toBe('2 have shared')
  expect(text.projector.place(1, false)).toBe('1st')
  expect(text.projector.place(2, true)).toBe('Joint 2nd')
  expect(['3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '111th'].join()).toBe(
    [3, 4, 11, 12, 13, 21, 22, 111].map((n) => text.projector.place(n, false)).join(),
  )
})
