import { expect, test } from '../support/fixtures.ts'
import { expectGoodLayout } from '../support/layoutCheck.ts'
import { sessionInLanguage, type ScreenCheck } from '../support/sessionInLanguage.ts'

const arabic = { code: 'ar', name: 'العربية', note: 'الحافلة متأخرة' }

/** Each of the participant's screens reads right to left, with nothing covered or off the side. */
const readsRightToLeft: ScreenCheck = async (page, what) => {
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  expect(await page.evaluate(() => getComputedStyle(document.body).direction), what).toBe('rtl')
  // The board keeps a third of the phone's height once joined; the join screen has no board.
  await expectGoodLayout(page, `${what} in Arabic`, { boardShare: what !== 'the join screen' })
}

/**
 * A whole short session in Arabic on a phone with the biggest text: the
 * participant picks العربية on the join screen, joins, adds a note, votes
 * and sees the results, all in Arabic (tldraw's menus in tldraw's own
 * Arabic, with the words it lacks from WeSee), with no English word of WeSee's or tldraw's left; every screen
 * reads right to left, nothing on it is covered or runs off the side, and
 * axe finds nothing. The facilitator's screen stays English, left to right.
 */
test('a whole session on a phone in Arabic: join, a note, a vote and its results, right to left', async ({
  browser,
  server,
  createBoard,
  newPerson,
}) => {
  await sessionInLanguage({ browser, server, createBoard, newPerson }, arabic, readsRightToLeft)
})
