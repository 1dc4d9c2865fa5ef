import { test } from '../support/fixtures.ts'
import { sessionInLanguage } from '../support/sessionInLanguage.ts'

const welsh = { code: 'cy', name: 'Cymraeg', note: 'Mae’r bws yn hwyr' }

/**
 * A whole short session in Welsh on a phone with the biggest text: the
 * participant picks Cymraeg on the join screen, joins, adds a note, votes
 * and sees the results, all in Welsh (tldraw's menus too, from the Welsh
 * words WeSee gives it), with no English word of WeSee's or tldraw's left
 * and nothing for axe to find; the facilitator's screen stays English.
 */
test('a whole session on a phone in Welsh: join, a note, a vote and its results, all in Welsh', async ({
  browser,
  server,
  createBoard,
  newPerson,
}) => {
  await sessionInLanguage({ browser, server, createBoard, newPerson }, welsh)
})
