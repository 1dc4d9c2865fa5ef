import { describe, expect, test } from 'vitest'
import { searchPictures } from './searchPictures.ts'

const names = (query: string) => searchPictures(query).map((picture) => picture.name)

describe('searchPictures', () => {
  test.each([
    ['doctor', 'Doctor'],
    ['bus', 'Bus'],
    ['sad', 'Sad'],
    ['money', 'Money'],
    ['nurse', 'Nurse'],
    ['home', 'House'],
    ['tea', 'Cup of tea'],
    ['yes', 'Yes'],
    ['maybe', 'Maybe'],
  ])('"%s" finds %s first', (query, first) => {
    expect(names(query)[0]).toBe(first)
  })

  test('finds every picture that has the word, not just the first', () => {
    expect(names('doctor')).toEqual(expect.arrayContaining(['Doctor', 'Health worker', 'Check-up']))
    expect(names('money')).toEqual(expect.arrayContaining(['Money', 'Coin', 'Bag of money', 'Purse']))
  })

  test('puts an exact name before an exact word before a word that only starts the same', () => {
    // "Bus" is the name; "Bus stop" has the word "bus stop" starting with "bus"; "Ticket" has "bus pass".
    const found = names('bus')
    expect(found.indexOf('Bus')).toBeLessThan(found.indexOf('Bus stop'))
    expect(found).toContain('Ticket')
  })

  test('ignores case, spaces around, accents and apostrophes', () => {
    expect(names('  DOCTOR ')[0]).toBe('Doctor')
    expect(names('cafe')[0]).toBe('Café')
    expect(names('Café')[0]).toBe('Café')
    expect(names("don't know")[0]).toBe('Maybe')
    expect(names('dont know')[0]).toBe('Maybe')
  })

  test('finds a picture from the start of a word', () => {
    expect(names('doc')).toContain('Doctor')
    expect(names('wheel')).toContain('Wheelchair user')
    expect(names('ambul')).toEqual(['Ambulance'])
  })

  test('matches each typed word against the start of a word of the picture', () => {
    expect(names('bus st')).toContain('Bus stop')
    expect(names('stop bus')).toContain('Bus stop')
    expect(names('stop bus')).not.toContain('Bus')
  })

  test('finds the singular for a simple plural', () => {
    expect(names('doctors')[0]).toBe('Doctor')
    expect(names('buses')[0]).toBe('Bus')
    expect(names('nurses')[0]).toBe('Nurse')
  })

  test('does not match the middle of a word', () => {
    expect(names('octor')).toEqual([])
  })

  test('finds nothing for an empty or unknown query', () => {
    expect(searchPictures('')).toEqual([])
    expect(searchPictures('   ')).toEqual([])
    expect(searchPictures('xylophonezzz')).toEqual([])
  })
})
