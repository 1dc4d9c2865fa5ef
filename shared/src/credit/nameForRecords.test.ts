import { expect, test } from 'vitest'
import { creditedName, nameForRecords } from './nameForRecords.ts'

const cat = 'Cat'
const catId = '1F431'

test('a person who agreed to be credited is written by name', () => {
  const ann = { name: 'Annabel', anonymous: false, credit: true, avatar: catId }
  expect(creditedName(ann)).toBe('Annabel')
  expect(nameForRecords(ann)).toBe('Annabel')
})

test('a person who did not agree appears as Someone with their picture name', () => {
  const ben = { name: 'Benedict', anonymous: false, credit: false, avatar: catId }
  expect(creditedName(ben)).toBeNull()
  expect(nameForRecords(ben)).toBe(`Someone (${cat})`)
})

test('someone who joined without their name is never named, even with credit set', () => {
  const hidden = { name: 'Jo', anonymous: true, credit: true, avatar: catId }
  expect(nameForRecords(hidden)).toBe(`Someone (${cat})`)
  expect(nameForRecords({ name: null, anonymous: false, credit: true, avatar: catId })).toBe(
    `Someone (${cat})`,
  )
})

test('an unknown picture still gives plain words', () => {
  expect(nameForRecords({ name: 'Ben', anonymous: false, credit: false, avatar: 'nope' })).toBe(
    'Someone (a picture)',
  )
  expect(creditedName(undefined)).toBeNull()
})
