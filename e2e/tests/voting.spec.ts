import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'
import { addNotesToFrame, facilitatorCommand, showFrame, weSeeFrame } from '../support/voting.ts'
import { boardButton } from '../support/menus.ts'

const words = ['More buses', 'Cheaper tickets', 'Kind drivers', 'Step-free stops']

/** The ranked list as each line reads. */
async function rankedList(page: Page): Promise<string[]> {
  await page.getByTestId('vote-panel').getByRole('button', { name: 'See the results' }).click()
  const dialog = page.getByTestId('vote-results-dialog')
  await expect(dialog).toBeVisible()
  const lines = await dialog.getByRole('listitem').allInnerTexts()
  return lines.map((line) => line.replace(/\s+/g, ' ').trim())
}

/**
 * What `watcher` sees of `person`'s selection once their pointer has moved
 * to `to` (so the presence carrying the current selection has arrived).
 */
async function selectionOthersSee(
  person: Page,
  watcher: Page,
  name: string,
  to: { x: number; y: number },
): Promise<string[]> {
  await person.mouse.move(to.x, to.y)
  const at = await person.evaluate(() => window.editor!.inputs.currentPagePoint.toJson())
  await expect
    .poll(() =>
      watcher.evaluate((who) => {
        const cursor = window.editor!.getCollaborators().find((c) => c.userName === who)?.cursor
        return cursor ? { x: Math.round(cursor.x), y: Math.round(cursor.y) } : null
      }, name),
    )
    .toEqual({ x: Math.round(at.x), y: Math.round(at.y) })
  return watcher.evaluate(
    (who) => window.editor!.getCollaborators().find((c) => c.userName === who)?.selectedShapeIds ?? [],
    name,
  )
}

async function expectAccessible(page: Page, selector: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include(selector).analyze()
  expect(results.violations, JSON.stringify(results.violations, null, 2)).toEqual([])
}

test('a secret 3-vote session: two people vote with mouse and keyboard, then everyone sees the same ranked results', async ({
  server,
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Bus stops', 'exploration')
  await facilitatorCommand(server.url, board, { type: 'stage.set', stage: 'exploration', step: 'we-see' })
  const facilitator = new BoardPageObject(await newPerson())
  await facilitator.open(board.links.facilitator, 'Fran', 'Owl')
  await addNotesToFrame(facilitator.page, weSeeFrame, words)
  const mouse = new BoardPageObject(await newPerson())
  await mouse.open(board.links.participant, 'Sam', 'Cat')
  const keys = new BoardPageObject(await newPerson())
  await keys.open(board.links.participant, 'Pat', 'Dog')
  for (const person of [facilitator, mouse, keys]) {
    await expect.poll(() => person.noteTexts()).toEqual(expect.arrayContaining(words))
    await showFrame(person.page, weSeeFrame)
  }

  // The facilitator starts the vote: the current step's frame, 3 votes, secret, results at the end.
  await facilitator.page.getByRole('button', { name: 'Start a vote' }).click()
  const setup = facilitator.page.getByTestId('vote-setup')
  await expect(setup.getByLabel('Which frame?')).toHaveValue(weSeeFrame)
  await expect(setup.getByLabel('Votes for each person')).toHaveValue('3')
  await expect(setup.getByRole('radio', { name: /Nobody — a secret vote/ })).toBeChecked()
  await expect(setup.getByRole('radio', { name: 'At the end, when I show them' })).toBeChecked()
  await expectAccessible(facilitator.page, '[data-testid="vote-setup"]')
  await setup.getByRole('button', { name: 'Start the vote' }).click()
  await expect(setup).toBeHidden()

  // Everyone hears it and sees their votes.
  for (const person of [mouse, keys]) {
    await expect(person.page.getByTestId('announcer')).toHaveText(
      'A vote has started: What do we see now? You have 3 votes.',
    )
    await expect(person.page.getByTestId('votes-left')).toHaveText('You have 3 votes left')
  }
  await expectAccessible(mouse.page, '[data-testid="vote-panel"]')
  await expectAccessible(mouse.page, '[data-testid="vote-overlay"]')

  // Sam votes with the mouse, on the buttons on the notes.
  for (const [i, note] of words.slice(0, 3).entries()) {
    await mouse.page.getByRole('button', { name: `Vote for: ${note}` }).click()
    await expect(mouse.page.getByTestId('votes-left')).toHaveText(
      ['You have 2 votes left', 'You have 1 vote left', 'You have used all your votes'][i]!,
    )
  }
  // A fourth is refused kindly, and taking one back and voting again works.
  await mouse.page.getByRole('button', { name: 'Vote for: Step-free stops' }).click()
  await expect(mouse.page.getByTestId('vote-panel').getByRole('alert')).toHaveText(
    'You have used all your 3 votes. Take one back to vote for another note.',
  )
  await mouse.page.getByRole('button', { name: 'Take back your vote for: Cheaper tickets' }).click()
  await expect(mouse.page.getByTestId('votes-left')).toHaveText('You have 1 vote left')
  await mouse.page.getByRole('button', { name: 'Vote for: Cheaper tickets' }).click()
  await expect(mouse.page.getByTestId('votes-left')).toHaveText('You have used all your votes')

  // Pat votes with the keyboard: Tab to the list of notes, then Enter and Space.
  const listButton = keys.page.getByTestId('vote-panel').getByRole('button', { name: 'List of notes' })
  await listButton.focus()
  await keys.page.keyboard.press('Enter')
  const list = keys.page.getByTestId('vote-list')
  await expect(list).toBeVisible()
  await expectAccessible(keys.page, '[data-testid="vote-list"]')
  const voteFor = (note: string) => list.getByRole('button', { name: `Vote for: ${note}` })
  while (!(await voteFor('Kind drivers').evaluate((el) => el === document.activeElement))) {
    await keys.page.keyboard.press('Tab')
  }
  await keys.page.keyboard.press('Enter')
  await expect(list.getByText('You have 2 votes left')).toBeVisible()
  while (!(await voteFor('Step-free stops').evaluate((el) => el === document.activeElement))) {
    await keys.page.keyboard.press('Tab')
  }
  await keys.page.keyboard.press('Space')
  await expect(list.getByText('You have 1 vote left')).toBeVisible()
  await keys.page.keyboard.press('Escape')
  await expect(list).toBeHidden()
  // …and the shortcut on the selected note (tldraw's Alt+V aligns; during a vote it votes).
  await keys.page.evaluate(() => {
    window.editor!.select('shape:vote-note-1' as never)
  })
  await expect(keys.page.getByRole('button', { name: 'Vote for this note' })).toBeEnabled()
  // In a secret vote, nobody else sees which note Pat has selected.
  expect(await selectionOthersSee(keys.page, mouse.page, 'Pat', { x: 640, y: 380 })).not.toContain(
    'shape:vote-note-1',
  )
  await keys.page.keyboard.press('Alt+V')
  await expect(keys.page.getByTestId('votes-left')).toHaveText('You have used all your votes')

  // While hidden: how many people voted, and no counts anywhere.
  await expect(facilitator.page.getByTestId('vote-panel')).toContainText('2 people have voted')
  for (const person of [facilitator, mouse, keys])
    await expect(person.page.getByTestId('vote-count')).toHaveCount(0)

  // The facilitator shows the results; both people see the same ranking.
  await facilitator.page.getByRole('button', { name: 'Show the results' }).click()
  for (const person of [mouse, keys]) {
    // The top results in words, once.
    await expect(person.page.getByTestId('announcer')).toHaveText(
      'The results of the vote are showing. Most votes, 2 votes each: "More buses", "Kind drivers".',
    )
    await expect(person.page.getByTestId('vote-count')).toHaveCount(4)
    await expect(person.page.locator('.vote-note-top')).toHaveCount(2)
  }
  const expected = [
    'Number 1 More buses Top 2 votes',
    'Number 1 Kind drivers Top 2 votes',
    'Number 3 Cheaper tickets 1 vote',
    'Number 3 Step-free stops 1 vote',
  ]
  expect(await rankedList(mouse.page)).toEqual(expected)
  expect(await rankedList(keys.page)).toEqual(expected)
  await expectAccessible(keys.page, '[data-testid="vote-results-dialog"]')
  // A secret vote names nobody.
  await expect(keys.page.getByTestId('vote-results-dialog')).not.toContainText('Sam')
  await expect(keys.page.getByTestId('vote-results-dialog')).not.toContainText('Voted for by')

  // Once the vote is over, selections are shared again as usual.
  await keys.page.getByTestId('vote-results-dialog').getByRole('button', { name: 'Close' }).click()
  await keys.page.evaluate(() => {
    window.editor!.select('shape:vote-note-2' as never)
  })
  // Once the vote is over the selection is shared again; it may take one
  // more presence message after the pointer's to arrive.
  await expect
    .poll(() => selectionOthersSee(keys.page, mouse.page, 'Pat', { x: 660, y: 400 }))
    .toContain('shape:vote-note-2')

  // Kept with the board: after a reload, the results can be opened again.
  await keys.page.reload()
  await keys.waitForEditor()
  await (await boardButton(keys.page, 'Results of votes')).click()
  const again = await keys.page.getByTestId('vote-results-dialog').getByRole('listitem').allInnerTexts()
  expect(again.map((line) => line.replace(/\s+/g, ' ').trim())).toEqual(expected)
})

test('the facilitator votes for someone in the room, with their agreement, in a named vote', async ({
  server,
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Proxy', 'exploration')
  await facilitatorCommand(server.url, board, { type: 'stage.set', stage: 'exploration', step: 'we-see' })
  const facilitator = new BoardPageObject(await newPerson())
  await facilitator.open(board.links.facilitator, 'Fran', 'Owl')
  await addNotesToFrame(facilitator.page, weSeeFrame, words.slice(0, 2))
  const jo = new BoardPageObject(await newPerson())
  await jo.open(board.links.participant, 'Jo', 'Fox')

  await facilitator.page.getByRole('button', { name: 'Start a vote' }).click()
  const setup = facilitator.page.getByTestId('vote-setup')
  await setup.getByRole('radio', { name: /Everyone — a named vote/ }).check()
  await setup.getByLabel('Votes for each person').fill('1')
  await setup.getByRole('button', { name: 'Start the vote' }).click()
  await expect(jo.page.getByTestId('vote-panel')).toContainText(
    'Named vote: everyone will see who voted for what.',
  )

  await facilitator.page.getByRole('button', { name: 'Vote for someone' }).click()
  const proxy = facilitator.page.getByTestId('proxy-vote')
  await proxy.getByLabel('Who are you voting for?').selectOption({ label: 'Jo' })
  await expect(proxy.getByText('Jo has 1 vote left.')).toBeVisible()
  await proxy.getByLabel('Which note?').selectOption({ label: 'Cheaper tickets' })
  await expect(proxy.getByRole('button', { name: 'Give their vote' })).toBeDisabled()
  await proxy.getByRole('checkbox', { name: /they agreed that I vote for them/ }).check()
  await expectAccessible(facilitator.page, '[data-testid="proxy-vote"]')
  await proxy.getByRole('button', { name: 'Give their vote' }).click()
  await expect(proxy.getByText('Done. The vote for Jo is counted.')).toBeVisible()
  await expect(proxy.getByText('Jo has 0 votes left.')).toBeVisible()
  await proxy.getByRole('button', { name: 'Close' }).last().click()

  // Jo's page knows the vote is theirs once it asks again (a reload).
  await jo.page.reload()
  await jo.waitForEditor()
  await expect(jo.page.getByTestId('votes-left')).toHaveText('You have used all your votes')

  await facilitator.page.getByRole('button', { name: 'Show the results' }).click()
  const lines = await rankedList(jo.page)
  expect(lines[0]).toBe('Number 1 Cheaper tickets Top 1 vote Voted for by Jo')
})

test('on a phone, a person votes from the simple list of notes', async ({
  server,
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Phone vote', 'exploration')
  await facilitatorCommand(server.url, board, { type: 'stage.set', stage: 'exploration', step: 'we-see' })
  const facilitator = new BoardPageObject(await newPerson())
  await facilitator.open(board.links.facilitator, 'Fran', 'Owl')
  await addNotesToFrame(facilitator.page, weSeeFrame, words.slice(0, 3))
  const phone = new BoardPageObject(await newPerson({ viewport: { width: 390, height: 844 } }))
  await phone.open(board.links.participant, 'Ali', 'Bee')
  // Once the phone has the notes, the server has them too.
  await expect.poll(() => phone.noteTexts()).toEqual(expect.arrayContaining(words.slice(0, 3)))
  await facilitatorCommand(server.url, board, { type: 'vote.start', votesPerPerson: 2 })

  // On a phone the big Vote action along the bottom stands in for the vote panel.
  const action = phone.page.getByTestId('vote-action')
  await expect(action).toBeInViewport({ ratio: 1 })
  await expect(action).toContainText('You have 2 votes left')
  await action.click()
  const list = phone.page.getByTestId('vote-list')
  await expect(list.getByRole('listitem')).toHaveText([/More buses/, /Cheaper tickets/, /Kind drivers/])
  await list.getByRole('button', { name: 'Vote for: Kind drivers' }).click()
  await expect(list.getByText('You have 1 vote left')).toBeVisible()
  await expect(list.getByRole('listitem').filter({ hasText: 'Kind drivers' })).toContainText('Your vote: 1')
  await list.getByRole('button', { name: 'Take back your vote for: Kind drivers' }).click()
  await expect(list.getByText('You have 2 votes left')).toBeVisible()
  await expectAccessible(phone.page, '[data-testid="vote-list"]')
})
