import { describe, expect, test } from 'vitest'
import { minimumPictureNoteHeight, pictureNoteLayout } from './pictureNoteLayout.ts'

describe('pictureNoteLayout', () => {
  test('puts the picture on top, as big as the width allows, and the words below', () => {
    const layout = pictureNoteLayout(240, 280, 30)
    expect(layout.picture).toEqual({ x: 12, y: 12, size: 216 })
    expect(layout.words).toEqual({ x: 12, y: 236, w: 216, h: 32 })
  })

  test('makes the picture smaller when the words need the room', () => {
    const layout = pictureNoteLayout(240, 280, 90)
    expect(layout.picture.size).toBe(158)
    expect(layout.picture.x).toBe(41)
    expect(layout.words.y + layout.words.h).toBe(268)
  })

  test('a note tall enough for its words keeps a picture at least half its width', () => {
    const height = minimumPictureNoteHeight(240, 200)
    expect(pictureNoteLayout(240, height, 200).picture.size).toBeGreaterThanOrEqual(108)
    expect(pictureNoteLayout(240, height - 10, 200).picture.size).toBeLessThan(108)
  })
})
