import { describe, expect, test } from 'vitest'
import { findLibraryPicture, PictureGroupId, pictureGroups } from './pictureLibrary.ts'

const allPictures = pictureGroups.flatMap((group) => group.pictures)

describe('the picture library', () => {
  test('has the groups co-production work needs, in plain words', () => {
    expect(pictureGroups.map((group) => group.name)).toEqual([
      'People and feelings',
      'Home',
      'Health and care',
      'Money and benefits',
      'Work and learning',
      'Travel',
      'Food and drink',
      'Places and services',
      'Time',
      'Yes, no, maybe',
    ])
    expect(pictureGroups.map((group) => group.id)).toEqual(Object.values(PictureGroupId))
  })

  test.each(pictureGroups.map((group) => [group.name, group] as const))(
    '"%s" has at least 15 pictures and its cover is one of them',
    (_name, group) => {
      expect(group.pictures.length).toBeGreaterThanOrEqual(15)
      expect(group.pictures.map((picture) => picture.id)).toContain(group.coverId)
    },
  )

  test('has each picture once', () => {
    const ids = allPictures.map((picture) => picture.id)
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([])
  })

  test('gives every picture a spoken name and lower-case search words', () => {
    for (const picture of allPictures) {
      expect(picture.id, picture.name).toMatch(/^[0-9A-F]{4,5}(-[0-9A-F]{4,5})*$/)
      expect(picture.name.trim(), picture.id).toBe(picture.name)
      expect(picture.name.length, picture.id).toBeGreaterThan(1)
      expect(picture.words.length, picture.name).toBeGreaterThan(0)
      for (const word of picture.words) expect(word, picture.name).toBe(word.toLowerCase())
    }
  })

  test('finds a picture by its id', () => {
    expect(findLibraryPicture('1F68C')?.name).toBe('Bus')
    expect(findLibraryPicture('nope')).toBeUndefined()
  })
})
