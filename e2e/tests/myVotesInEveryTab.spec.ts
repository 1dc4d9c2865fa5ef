import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'
import { addNotesToFrame, facilitatorCommand, showFrame, weSeeFrame } from '../support/voting.ts'

const words = ['More buses', 'Cheaper tickets', 'Kind drivers']

/**
 * Two tabs of one person agree about their votes, live: in a secret vote
 * with hidden results a second vote changes nothing everyone can see, so the
 * other tab cannot learn of it from the control doc; the person's own tabs
 * tell each other to ask again. Someone else's tab learns nothing.
 */
test('my votes in one tab show at once in my other tab, and never in anyone else’s', async ({
  server,
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Bus stops', 'exploration')
  await facilitatorCommand(server.url, board, { type: 'stage.set', stage: 'exploration', step: 'we-see' })
  const first = new BoardPageObject(await newPerson())
  await first.open(board.links.participant, 'Sam', 'Cat')
  await addNotesToFrame(first.page, weSeeFrame, words)
  // The same person opens the board again in a second tab of the same browser.
  const second = new BoardPageObject(await first.page.context().newPage())
  await second.open(board.links.participant)
  const other = new BoardPageObject(await newPerson())
  await other.open(board.links.participant, 'Pat', 'Dog')
  for (const tab of [first, second, other]) {
    await expect.poll(() => tab.noteTexts()).toEqual(expect.arrayContaining(words))
    await showFrame(tab.page, weSeeFrame)
  }
  await facilitatorCommand(server.url, board, { type: 'vote.start', anonymous: true, results: 'hidden' })
  for (const tab of [first, second, other]) {
    await expect(tab.page.getByTestId('votes-left')).toHaveText('You have 3 votes left')
  }

  await first.page.getByRole('button', { name: 'Vote for: More buses' }).click()
  await expect(first.page.getByTestId('votes-left')).toHaveText('You have 2 votes left')
  await expect(second.page.getByTestId('votes-left')).toHaveText('You have 2 votes left')
  await expect(second.page.getByRole('button', { name: 'Take back your vote for: More buses' })).toBeVisible()

  // A second vote: nothing everyone sees changes (one person has voted, results hidden).
  await first.page.getByRole('button', { name: 'Vote for: Kind drivers' }).click()
  await expect(second.page.getByTestId('votes-left')).toHaveText('You have 1 vote left')
  await expect(
    second.page.getByRole('button', { name: 'Take back your vote for: Kind drivers' }),
  ).toBeVisible()

  // Taking one back in the second tab shows in the first.
  await second.page.getByRole('button', { name: 'Take back your vote for: More buses' }).click()
  await expect(second.page.getByTestId('votes-left')).toHaveText('You have 2 votes left')
  await expect(first.page.getByTestId('votes-left')).toHaveText('You have 2 votes left')
  await expect(first.page.getByRole('button', { name: 'Vote for: More buses' })).toBeVisible()

  // Pat's tab never shows Sam's votes.
  await expect(other.page.getByTestId('votes-left')).toHaveText('You have 3 votes left')
  await expect(other.page.getByRole('button', { name: /Take back your vote/ })).toHaveCount(0)
})
