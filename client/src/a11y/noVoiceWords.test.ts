import { describe, expect, it } from 'vitest'
import { text } from '../text.ts'

// When the device has no voice for the words' language, the person is told
// so, naming the words' language. (The Welsh words: welshCatalogue.test.ts.)
describe('"no voice"', () => {
  it('names the words’ language, whatever the region in its tag', () => {
    expect(text.readAloud.noVoice('cy')).toBe(
      'This device has no Welsh voice, so it cannot read aloud in Welsh.',
    )
    expect(text.readAloud.noVoice('cy-GB')).toBe(
      'This device has no Welsh voice, so it cannot read aloud in Welsh.',
    )
  })

  it('names a language WeSee has no catalogue for by Intl', () => {
    expect(text.readAloud.noVoice('pl')).toBe(
      'This device has no Polish voice, so it cannot read aloud in Polish.',
    )
  })
})
