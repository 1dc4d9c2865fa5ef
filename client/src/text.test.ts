import { describe, expect, it } from 'vitest'
import { loadCatalogues } from './i18n/loadCatalogues.ts'
import { text, textIn } from './text.ts'

// The words come from the English catalogue through the typed façade; these
// pin the parts that are more than a lookup: plurals, ordinals, values, lists.
describe('text', () => {
  it('reads plain messages and messages with values', () => {
    expect(text.join.joinButton).toBe('Join')
    expect(text.home.readyHeading('Café')).toBe('Café is ready')
    // Values are not HTML-escaped: React escapes, and spoken words must not say "&amp;".
    expect(text.yourBoards.copyTitle('Tea & cake <3')).toBe('Copy of Tea & cake <3')
  })

  it('uses plural forms, including the zero form', () => {
    expect(text.voting.votesLeft(0)).toBe('You have used all your votes')
    expect(text.voting.votesLeft(1)).toBe('You have 1 vote left')
    expect(text.voting.votesLeft(4)).toBe('You have 4 votes left')
    expect(text.stages.stepCount(1)).toBe('1 step')
    expect(text.voting.totals(1, 3)).toBe('1 person gave 3 votes.')
  })

  it('counts out of a total the way English says it', () => {
    expect(text.projector.voted(0, null)).toBe('Nobody has voted yet')
    expect(text.projector.voted(0, 1)).toBe('0 of 1 person has voted')
    expect(text.projector.voted(1, 2)).toBe('1 of 2 people has voted')
    expect(text.projector.voted(0, 2)).toBe('0 of 2 people have voted')
    expect(text.projector.writing(1, 2)).toBe('1 of 2 is writing')
  })

  it('says ordinals by the ordinal plural rules', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101].map(text.voices.place)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
    ])
    expect(text.projector.place(2, true)).toBe('Joint 2nd')
  })

  it('reuses one message through nesting and lists', () => {
    expect(text.closeReasons.Unauthorized).toBe(text.status.wrongKey)
    expect(text.voting.revealedWithTies(['Tea', 'Cake'], 2)).toBe(
      'The results of the vote are showing. Most votes, 2 votes each: "Tea", "Cake".',
    )
    expect(text.keys.rows[0]).toEqual(['Alt + N', 'Add a note in the step the group is on'])
    expect(text.versions.happened('manual', 'x')).toBeNull()
    expect(text.versions.happened('stage', 'Ideas')).toBe('When the group moved to Ideas')
  })
})

describe('textIn', () => {
  it('reads the same words in one language fixed, whatever the screen is in', async () => {
    await loadCatalogues('cy')
    await loadCatalogues('ar')
    const welsh = textIn('cy')
    expect(welsh.join.joinButton).toBe('Ymuno')
    expect(welsh.projector.label).toBe('Sgrin y taflunydd')
    // The screen stays in its own language, before, between and after.
    expect(text.join.joinButton).toBe('Join')
    expect(welsh.voting.votesLeft(2)).not.toBe(text.voting.votesLeft(2))
    expect(text.voting.votesLeft(2)).toBe('You have 2 votes left')
    // Lists and ordinals are read in the fixed language too.
    expect(welsh.keys.rows[0]).not.toEqual(text.keys.rows[0])
    expect(textIn('cy')).toBe(welsh)
  })

  it('isolates the words filled into a right-to-left language, and only there', async () => {
    await loadCatalogues('ar')
    expect(textIn('ar').voting.voteOn('More buses!')).toBe('صوّت لـ: \u2068More buses!\u2069')
    expect(text.voting.voteOn('More buses!')).toBe('Vote for: More buses!')
  })

  it('reads English for a message a language does not have', () => {
    expect(textIn('xx').join.joinButton).toBe('Join')
  })
})
