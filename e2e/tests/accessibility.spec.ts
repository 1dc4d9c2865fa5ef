import type { Page } from '@playwright/test'
import type { CreatedBoard } from '@wesee/shared'
import { expectNoAxeViolations } from '../support/axe.ts'
import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'
import { recordSpeech, spokenOn, tabTo } from '../support/keyboard.ts'
import { facilitatorCommand } from '../support/voting.ts'
import { boardButton } from '../support/menus.ts'

const iSee = 'shape:frame-exploration-i-see'

/** Joins from a participant link with the keyboard alone. */
async function joinWithKeyboard(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link)
  await expect(page.getByRole('heading', { name: /^Join / })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('radio', { name: 'Cat' })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Tab')
  await page.keyboard.type(name)
  await page.keyboard.press('Enter')
  await page.waitForFunction(() => window.editor !== undefined)
}

/** The notes in a frame, by their words. */
function notesInFrame(page: Page, frameId: string): Promise<string[]> {
  return new BoardPageObject(page).noteTexts().then(async (all) => {
    const inFrame = await page.evaluate(
      (id) =>
        window
          .editor!.getCurrentPageShapes()
          .filter((shape) => shape.type === 'note' && shape.parentId === id)
          .map((shape) => shape.id),
      frameId,
    )
    return inFrame.length ? all : []
  })
}

/** Votes for a note from the vote panel's list, with the keyboard. */
async function voteWithKeyboard(page: Page, words: string): Promise<void> {
  // On a phone the Vote action along the bottom stands in for the vote panel.
  const panel = page.getByTestId('vote-panel')
  const opener =
    (await panel.count()) > 0
      ? panel.getByRole('button', { name: 'List of notes' })
      : page.getByTestId('vote-action')
  await tabTo(page, opener)
  await page.keyboard.press('Enter')
  const list = page.getByTestId('vote-list')
  await tabTo(page, list.getByRole('button', { name: `Vote for: ${words}` }))
  await page.keyboard.press('Enter')
  await expect(list.getByText('You have 2 votes left')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(list).toBeHidden()
}

/** Opens the results and has them read aloud, with the keyboard. */
async function hearResults(page: Page, words: string): Promise<void> {
  // On a phone the vote panel is folded to save room.
  const showMore = page.getByTestId('vote-panel').getByRole('button', { name: 'Show more' })
  if (await showMore.isVisible()) {
    await tabTo(page, showMore)
    await page.keyboard.press('Enter')
  }
  await tabTo(page, page.getByTestId('vote-panel').getByRole('button', { name: 'See the results' }))
  await page.keyboard.press('Enter')
  const dialog = page.getByTestId('vote-results-dialog')
  await expect(dialog.getByRole('listitem').first()).toContainText(words)
  await tabTo(page, dialog.getByRole('button', { name: 'Read the results aloud' }))
  await page.keyboard.press('Enter')
  await expect.poll(async () => (await spokenOn(page)).join(' ')).toContain(words)
}

/**
 * The facilitator starts a vote on "What do I see?". The note was just
 * written, and the browser sends its edits in batches, so the server may not
 * have it yet: it answers 409 ("no notes to vote on") until it does.
 */
async function startVoteOnISee(serverUrl: string, board: CreatedBoard): Promise<void> {
  await expect
    .poll(async () => {
      const response = await fetch(`${serverUrl}/api/boards/${board.id}/commands`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${board.keys.facilitator}` },
        body: JSON.stringify({ type: 'vote.start', frameId: iSee, votesPerPerson: 3 }),
      })
      return response.status
    })
    .toBe(200)
}

test('a whole session with the keyboard only: join, add a note, vote, hear the results', async ({
  server,
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Keyboard session', 'exploration')
  await facilitatorCommand(server.url, board, { type: 'stage.set', stage: 'exploration', step: 'i-see' })
  const page = await newPerson()
  await recordSpeech(page)
  await joinWithKeyboard(page, board.links.participant, 'Kim')

  // Alt+N adds a note in the group's step and starts typing.
  await expect(page.getByTestId('step-prompt')).toContainText('What do I see?')
  await page.keyboard.press('Alt+N')
  await page.waitForFunction(() => document.activeElement?.getAttribute('contenteditable') === 'true')
  await page.keyboard.type('Forms are too long')
  // Escape stops typing; Escape again lets go of the note, so Tab leaves the canvas
  // (while a note is chosen, Tab goes from note to note).
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
  await expect.poll(() => notesInFrame(page, iSee)).toContain('Forms are too long')

  await startVoteOnISee(server.url, board)
  await expect(page.getByTestId('votes-left')).toHaveText('You have 3 votes left')
  await voteWithKeyboard(page, 'Forms are too long')

  await facilitatorCommand(server.url, board, { type: 'vote.reveal' })
  await hearResults(page, 'Forms are too long')
})

test('the same session from the list view only', async ({ server, createBoard, newPerson }) => {
  const board = await createBoard('List session', 'exploration')
  await facilitatorCommand(server.url, board, { type: 'stage.set', stage: 'exploration', step: 'i-see' })
  const page = await newPerson({ viewport: { width: 390, height: 844 } })
  await recordSpeech(page)
  await joinWithKeyboard(page, board.links.participant, 'Lou')

  // On a phone the list view is in "More".
  await tabTo(page, page.getByTestId('action-bar').getByRole('button', { name: 'More', exact: true }))
  await page.keyboard.press('Enter')
  await tabTo(page, page.getByTestId('more-sheet').getByRole('button', { name: 'Show as a list' }))
  await page.keyboard.press('Enter')
  const list = page.getByTestId('list-view')
  await expect(list.getByRole('heading', { name: 'What do I see?' })).toBeVisible()
  await tabTo(page, list.getByRole('textbox', { name: 'Add a note to "What do I see?"' }))
  await page.keyboard.type('Nobody explains the letters')
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(list.getByText('Nobody explains the letters')).toBeVisible()

  await startVoteOnISee(server.url, board)
  await expect(page.getByTestId('vote-action')).toContainText('You have 3 votes left')
  await voteWithKeyboard(page, 'Nobody explains the letters')
  await facilitatorCommand(server.url, board, { type: 'vote.reveal' })
  await hearResults(page, 'Nobody explains the letters')
  await expectNoAxeViolations(page, 'the list view with results')
})

test('axe finds nothing in easy mode, strong colours, the list view, My settings and the keys', async ({
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Checked', 'exploration')
  const participant = new BoardPageObject(await newPerson())
  await participant.open(board.links.participant, 'Ash', 'Fox')
  const page = participant.page

  await (await boardButton(page, 'My settings')).click()
  const settings = page.getByTestId('my-settings')
  await expectNoAxeViolations(page, 'My settings')
  await settings.getByRole('checkbox', { name: 'Strong colours (high contrast)' }).check()
  await settings.getByRole('radio', { name: 'Biggest' }).check()
  await settings.getByRole('button', { name: 'Close' }).click()
  await expect(page.locator('html')).toHaveAttribute('data-high-contrast', 'true')
  await expect(page.locator('html')).toHaveAttribute('data-text-size', 'biggest')
  await expectNoAxeViolations(page, 'the board with strong colours and the biggest text')

  await (await boardButton(page, 'Keys')).click()
  await expect(page.getByTestId('keys-dialog')).toContainText('Alt + N')
  await expectNoAxeViolations(page, 'the keys')
  await page.keyboard.press('Escape')

  await (await boardButton(page, 'My settings')).click()
  await page
    .getByTestId('my-settings')
    .getByRole('checkbox', { name: /Easy mode/ })
    .check()
  await page.getByTestId('my-settings').getByRole('button', { name: 'Close' }).click()
  const easy = page.getByTestId('easy-bar')
  await expect(easy.getByRole('button', { name: 'Add a note' })).toBeVisible()
  // tldraw's own tools and other people's pointers are out of the way.
  await expect(page.locator('.tlui-toolbar')).toHaveCount(0)
  await expect(page.locator('html')).toHaveAttribute('data-hide-cursors', 'true')
  await expectNoAxeViolations(page, 'easy mode')
  // Easy mode's big button adds a note ready for words.
  await easy.getByRole('button', { name: 'Add a note' }).click()
  await page.keyboard.type('Easy')
  await page.keyboard.press('Escape')
  await expect.poll(() => participant.noteTexts()).toContain('Easy')

  await page.getByRole('button', { name: 'Show as a list' }).click()
  await expect(page.getByTestId('list-view')).toBeVisible()
  await expectNoAxeViolations(page, 'the list view')

  // Settings are remembered on this device.
  await page.reload()
  await participant.waitForEditor()
  await expect(page.locator('html')).toHaveAttribute('data-easy-mode', 'true')
})

test('"Jump, do not slide" in My settings moves the view at once', async ({ createBoard, newPerson }) => {
  const board = await createBoard('No sliding', 'exploration')
  const facilitator = new BoardPageObject(await newPerson())
  await facilitator.open(board.links.facilitator, 'Fran', 'Owl')
  const calm = new BoardPageObject(await newPerson())
  await calm.open(board.links.participant, 'Pat', 'Cat')
  await (await boardButton(calm.page, 'My settings')).click()
  await calm.page.getByRole('radio', { name: 'Jump, do not slide' }).check()
  await calm.page.getByRole('dialog', { name: 'My settings' }).getByRole('button', { name: 'Close' }).click()
  await expect(calm.page.locator('html')).toHaveAttribute('data-reduce-motion', 'true')

  const stageBar = facilitator.page.getByRole('navigation', { name: 'Where we are' })
  await stageBar.getByRole('button', { name: /What do I see\?/ }).click()
  await expect(calm.page.getByTestId('step-prompt')).toContainText('What do I see?')
  await stageBar.getByRole('button', { name: /What do we see now\?/ }).click()
  await calm.page.waitForFunction(() =>
    document.querySelector('[data-testid="step-prompt"]')?.textContent?.includes('What do we see now?'),
  )
  // In the same moment the prompt changes, the whole frame is already in view: nothing slid.
  const inView = await calm.page.evaluate(() => {
    const editor = window.editor!
    const frame = editor.getShapePageBounds('shape:frame-exploration-we-see' as never)!
    const view = editor.getViewportPageBounds()
    return view.contains(frame)
  })
  expect(inView).toBe(true)
})
