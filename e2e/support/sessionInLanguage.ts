import type { Browser, Page } from '@playwright/test'
import type { CreatedBoard } from '@wesee/shared'
import { expectNoAxeViolations } from './axe.ts'
import { BoardPageObject } from './BoardPageObject.ts'
import { expect, test } from './fixtures.ts'
import { findCutOffWords, settle } from './layoutCheck.ts'
import { newPhone } from './phone.ts'
import { boardWord, clientWords, tldrawWords, wordsOfAnotherLanguageOn } from './screenWords.ts'
import { addNotesToFrame, facilitatorCommand } from './voting.ts'

/**
 * A whole short session for someone who reads WeSee in their own language,
 * on a phone with the biggest text, while the facilitator's screen is in
 * English (and so is the board: a template's frames and prompts are in the
 * board's language, whoever reads them). The participant picks their
 * language on the join screen, joins, adds a note, votes in the vote the
 * facilitator starts and sees its results. At every screen: its words are
 * the language's, read from the catalogues, none of English's are left, and
 * axe finds nothing. The facilitator's screen keeps English throughout.
 */

export interface SessionLanguage {
  /** The language's code, as in shared/src/i18n/languages.ts. */
  readonly code: string
  /** Its name in itself, as the language picker shows it. */
  readonly name: string
  /** A note the participant writes, in their own words. */
  readonly note: string
}

/** Where the session runs: the test's own fixtures. */
export interface SessionPlace {
  readonly browser: Browser
  readonly server: { readonly url: string }
  readonly createBoard: (title?: string, template?: string) => Promise<CreatedBoard>
  readonly newPerson: () => Promise<Page>
}

/** What else the caller checks on each of the participant's screens (right to left, say). */
export type ScreenCheck = (page: Page, what: string) => Promise<void>

const iSeeFrame = 'shape:frame-exploration-i-see'
/** The facilitator's own note in the vote: people's words are never translated. */
const facilitatorNote = 'Benches at the stop'

export async function sessionInLanguage(
  place: SessionPlace,
  language: SessionLanguage,
  alsoCheck: ScreenCheck = async () => {},
): Promise<void> {
  test.setTimeout(150_000)
  const words = clientWords(language.code)
  const english = clientWords('en')
  const tldraw = tldrawWords(language.code)

  const board = await place.createBoard('Bus stops', 'exploration')
  await facilitatorCommand(place.server.url, board, {
    type: 'stage.set',
    stage: 'exploration',
    step: 'i-see',
  })
  const facilitator = new BoardPageObject(await place.newPerson())
  await facilitator.open(board.links.facilitator, 'Fran', 'Owl')

  const { context, page } = await newPhone(place.browser, { textSize: 'biggest' })
  const errors: string[] = []
  let shot = 0
  page.on('pageerror', (error) => errors.push(error.message))
  /** The participant's screen now: in their language only, and axe-clean. */
  const checkScreen = async (what: string, { overlay = false } = {}) => {
    await settle(page)
    await expect(page.locator('html')).toHaveAttribute('lang', language.code)
    expect(await wordsOfAnotherLanguageOn(page, 'en', language.code), `English on ${what}`).toEqual([])
    expect(await findCutOffWords(page), `words cut off on ${what}`).toEqual([])
    // An open tldraw menu covers the page on purpose (a tap outside closes it): the caller's check waits.
    if (!overlay) await alsoCheck(page, what)
    await expectNoAxeViolations(page, `${what} in ${language.name}`)
    // To look at each screen by eye, as rightToLeft.spec.ts does with LAYOUT_SCREENSHOTS.
    if (process.env.LAYOUT_SCREENSHOTS)
      await page.screenshot({ path: `${process.env.LAYOUT_SCREENSHOTS}/${language.code}-${++shot}.png` })
  }
  try {
    // The join screen opens in the device's language (English); the person picks theirs.
    await page.goto(board.links.participant)
    await page
      .getByRole('combobox', { name: english('language.label'), exact: true })
      .selectOption({ label: language.name })
    await expect(
      page.getByRole('heading', { name: words('join.heading', { title: 'Bus stops' }) }),
    ).toBeVisible()
    await expect(
      page.getByRole('heading', { name: english('join.heading', { title: 'Bus stops' }) }),
    ).toHaveCount(0)
    await expect(page.getByRole('group', { name: words('join.pictureLegend') })).toBeVisible()
    await expect(
      page.getByRole('radio', { name: boardWord(language.code, 'avatars.1F989'), exact: true }),
    ).toHaveCount(1)
    await expect(
      page.getByRole('radio', { name: boardWord('en', 'avatars.1F989'), exact: true }),
    ).toHaveCount(0)
    await checkScreen('the join screen')
    await page.getByRole('radio', { name: boardWord(language.code, 'avatars.1F989'), exact: true }).tap()
    await page.getByRole('textbox', { name: words('join.nameLabel') }).fill('Ffion')
    await page.getByRole('radio', { name: words('join.device.own') }).tap()
    await page.getByRole('button', { name: words('join.joinButton'), exact: true }).tap()
    await page.waitForFunction(() => window.editor !== undefined)
    await expect(page.getByTestId('connection-status')).toHaveText(new RegExp(words('status.connected')))

    // tldraw's own menus and tools speak the language too.
    await expect(page.getByTestId('main-menu.button')).toHaveAttribute('title', tldraw['menu.title']!)
    await expect(page.getByTestId('tools.select')).toHaveAttribute('aria-label', tldraw['tool.select']!)
    await page.getByTestId('main-menu.button').tap()
    const menu = page.locator('.tlui-menu')
    for (const key of ['menu.edit', 'menu.view', 'menu.preferences'])
      await expect(menu.getByText(tldraw[key]!, { exact: true }).first()).toBeVisible()
    await checkScreen('tldraw’s main menu', { overlay: true })
    await page.keyboard.press('Escape')
    await expect(menu).toHaveCount(0)
    await checkScreen('the board')

    // A note, from the big "Add a note" action.
    await page.getByRole('button', { name: words('layout.addNote'), exact: true }).tap()
    await page.waitForFunction(() => document.activeElement?.getAttribute('contenteditable') === 'true')
    await page.keyboard.type(language.note)
    await page.keyboard.press('Escape')
    const participant = new BoardPageObject(page)
    await expect.poll(() => participant.noteTexts()).toContain(language.note)
    await checkScreen('the board with a note')

    // The facilitator, in English, adds a note of their own and starts a vote on the step.
    await addNotesToFrame(facilitator.page, iSeeFrame, [facilitatorNote])
    await expect.poll(() => facilitator.noteTexts()).toContain(language.note)
    await facilitator.page.getByRole('button', { name: english('voting.startButton') }).click()
    const setup = facilitator.page.getByTestId('vote-setup')
    await expect(setup.getByLabel(english('voting.frameLabel'))).toHaveValue(iSeeFrame)
    await setup.getByLabel(english('voting.votesPerPersonLabel')).fill('2')
    await setup.getByRole('button', { name: english('voting.start') }).click()
    await expect(setup).toBeHidden()

    // The participant votes from the list of notes, the big Vote action along the bottom.
    const vote = page.getByTestId('vote-action')
    await expect(vote).toContainText(words('voting.votesLeft', { count: 2 }))
    await checkScreen('the board during a vote')
    await vote.tap()
    const list = page.getByTestId('vote-list')
    await list.getByRole('button', { name: words('voting.voteOn', { words: language.note }) }).tap()
    await expect(list.getByText(words('voting.votesLeft', { count: 1 }))).toBeVisible()
    await list.getByRole('button', { name: words('voting.voteOn', { words: facilitatorNote }) }).tap()
    await expect(list.getByText(words('voting.votesLeft', { count: 0 }))).toBeVisible()
    await checkScreen('the list of notes in the vote')
    await list.getByRole('button', { name: words('invite.close'), exact: true }).tap()
    await expect(list).toHaveCount(0)

    // The facilitator shows the results; the participant sees them, in their language.
    await facilitator.page.getByRole('button', { name: english('voting.revealButton') }).click()
    await expect(page.getByTestId('announcer')).toContainText(words('voting.revealedAnnouncement'))
    const panel = page.getByTestId('vote-panel')
    await expect(
      panel.getByRole('heading', { name: words('voting.resultsHeading', { title: 'What do I see?' }) }),
    ).toBeVisible()
    await checkScreen('the board with the results')
    await page
      .getByTestId('action-bar')
      .getByRole('button', { name: words('layout.more'), exact: true })
      .tap()
    await page
      .getByTestId('more-sheet')
      .getByRole('button', { name: words('voting.pastResultsButton'), exact: true })
      .tap()
    const results = page.getByTestId('vote-results-dialog')
    await expect(
      results.getByRole('heading', { name: words('voting.resultsHeading', { title: 'What do I see?' }) }),
    ).toBeVisible()
    await expect(results.getByRole('listitem')).toHaveCount(2)
    for (const note of [language.note, facilitatorNote])
      await expect(results.getByRole('listitem').filter({ hasText: note })).toContainText(
        words('voting.rank', { rank: 1 }),
      )
    await checkScreen('the results of the vote')
    expect(errors, 'errors on the participant’s page').toEqual([])

    // The facilitator's screen stayed in English all along.
    await expect(facilitator.page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(facilitator.page.locator('html')).toHaveAttribute('dir', 'ltr')
    await expect(facilitator.page.getByTestId('main-menu.button')).toHaveAttribute(
      'title',
      tldrawWords('en')['menu.title']!,
    )
    expect(
      await wordsOfAnotherLanguageOn(facilitator.page, language.code, 'en'),
      'on the facilitator’s page',
    ).toEqual([])
  } finally {
    await context.close()
  }
}
