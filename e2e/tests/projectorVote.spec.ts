import type { Page } from '@playwright/test'
import { projectorLink, type CreatedBoard } from '@wesee/shared'
import { expectNoAxeViolations } from '../support/axe.ts'
import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'
import { expectGoodLayout, settle } from '../support/layoutCheck.ts'
import { iSeeFrame, PageWiretap, pointInFrame } from '../support/privateWriting.ts'
import { addNotesToFrame, facilitatorCommand, showFrame, weSeeFrame } from '../support/voting.ts'

const words = ['More buses', 'Cheaper tickets', 'Kind drivers']

async function openProjector(page: Page, link: string): Promise<void> {
  await page.goto(link)
  await page.waitForFunction(() => window.editor !== undefined)
  await expect(page.getByTestId('projector')).toBeVisible()
}

/**
 * A board on "What do we see now?" with Sam's three notes in it, and a
 * projector showing it: where the results tests start.
 */
async function busStopsOnTheProjector(
  serverUrl: string,
  createBoard: (title: string, template: string) => Promise<CreatedBoard>,
  newPerson: (options?: { viewport?: { width: number; height: number } }) => Promise<Page>,
): Promise<{ board: CreatedBoard; projector: Page }> {
  const board = await createBoard('Bus stops', 'exploration')
  await facilitatorCommand(serverUrl, board, { type: 'stage.set', stage: 'exploration', step: 'we-see' })
  const sam = new BoardPageObject(await newPerson())
  await sam.open(board.links.participant, 'Sam', 'Cat')
  await addNotesToFrame(sam.page, weSeeFrame, words)
  const projector = await newPerson({ viewport: { width: 1280, height: 720 } })
  await openProjector(projector, projectorLink(serverUrl, board.id, board.keys.viewer))
  return { board, projector }
}

/** The places on the projector's results screen, each as "place | words | votes". */
function places(projector: Page): Promise<string[]> {
  return projector.getByTestId('projector-result').evaluateAll((items) =>
    items.map((item) =>
      Array.from(item.children)
        .map((part) => (part as HTMLElement).innerText.trim())
        .join(' | '),
    ),
  )
}

test('the projector shows how many are writing and have voted, then the ranked results, counts only', async ({
  server,
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Bus stops', 'exploration')
  await facilitatorCommand(server.url, board, { type: 'stage.set', stage: 'exploration', step: 'i-see' })
  const projector = await newPerson({ viewport: { width: 1280, height: 720 } })
  // Everything the projector's browser receives, from the first page load on.
  const projectorTap = new PageWiretap(projector)
  await openProjector(projector, projectorLink(server.url, board.id, board.keys.viewer))
  const sam = new BoardPageObject(await newPerson())
  const pat = new BoardPageObject(await newPerson())
  await sam.open(board.links.participant, 'Sam', 'Cat')
  await pat.open(board.links.participant, 'Pat', 'Dog')
  const progress = projector.getByTestId('room-progress')
  await expect(progress).toBeEmpty()

  // Writing on our own: the projector counts the writers, and never gets a word.
  await facilitatorCommand(server.url, board, { type: 'private.start' })
  await expect(projector.getByTestId('room-progress-writing')).toHaveText(/0 of 2 are writing/)
  const samWords = `Sam sees ${Date.now()}`
  await showFrame(sam.page, iSeeFrame)
  await sam.addNote(samWords, await pointInFrame(sam.page, iSeeFrame, 0.3, 0.7))
  await expect(projector.getByTestId('room-progress-writing')).toHaveText(/1 of 2 is writing/)
  expect(await projectorTap.receivedAnywhere(samWords)).toEqual([])
  await facilitatorCommand(server.url, board, { type: 'private.stop' })
  await expect(projector.getByTestId('room-progress-writing')).toHaveCount(0)

  // A secret vote: the projector counts the people who have voted, live.
  await facilitatorCommand(server.url, board, { type: 'stage.set', stage: 'exploration', step: 'we-see' })
  await addNotesToFrame(sam.page, weSeeFrame, words)
  for (const person of [sam, pat]) {
    await expect.poll(() => person.noteTexts()).toEqual(expect.arrayContaining(words))
    await showFrame(person.page, weSeeFrame)
  }
  await facilitatorCommand(server.url, board, { type: 'vote.start', frameId: weSeeFrame })
  const voteLine = projector.getByTestId('room-progress-vote')
  await expect(voteLine).toHaveText(/Vote: What do we see now\?/)
  await expect(voteLine).toContainText('0 of 2 people have voted')
  await sam.page.getByRole('button', { name: 'Vote for: More buses' }).click()
  await expect(voteLine).toContainText('1 of 2 people has voted')
  // A second vote by the same person is not a second person.
  await sam.page.getByRole('button', { name: 'Vote for: Kind drivers' }).click()
  await expect(sam.page.getByTestId('votes-left')).toHaveText('You have 1 vote left')
  await pat.page.getByRole('button', { name: 'Vote for: More buses' }).click()
  await pat.page.getByRole('button', { name: 'Vote for: Cheaper tickets' }).click()
  await expect(voteLine).toContainText('2 of 2 people have voted')
  await expect(projector.getByTestId('projector-results')).toHaveCount(0)

  // Show the results: ranked over the board, equal votes share a place; the join corner stays.
  await facilitatorCommand(server.url, board, { type: 'vote.reveal' })
  const results = projector.getByTestId('projector-results')
  await expect(results).toBeVisible()
  await expect(voteLine).toHaveCount(0)
  await expect(results.getByRole('heading')).toHaveText('Results: What do we see now?')
  await expect
    .poll(() => places(projector))
    .toEqual([
      '1st | More buses | 2 votes',
      'Joint 2nd | Cheaper tickets | 1 vote',
      'Joint 2nd | Kind drivers | 1 vote',
    ])
  await expect(projector.getByTestId('join-corner')).toBeVisible()
  // Counts only: the results name nobody.
  await expect(results).not.toContainText('Sam')
  await expect(results).not.toContainText('Pat')

  for (const size of [
    { width: 1280, height: 720 },
    { width: 1920, height: 1080 },
  ]) {
    await projector.setViewportSize(size)
    await settle(projector)
    await expectGoodLayout(projector, `the projector's results at ${size.width}×${size.height}`)
    await expectNoAxeViolations(projector, `the projector's results at ${size.width}×${size.height}`)
  }

  // The next step brings the board back.
  await facilitatorCommand(server.url, board, { type: 'stage.set', stage: 'exploration', step: 'i-see' })
  await expect(results).toHaveCount(0)
})

test('results with no votes say so, and a new vote clears them', async ({
  server,
  createBoard,
  newPerson,
}) => {
  const { board, projector } = await busStopsOnTheProjector(server.url, createBoard, newPerson)
  await expect
    .poll(() => projector.evaluate(() => window.editor!.getCurrentPageShapeIds().size))
    .toBeGreaterThan(3)

  await facilitatorCommand(server.url, board, { type: 'vote.start', frameId: weSeeFrame })
  await expect(projector.getByTestId('room-progress-vote')).toContainText('0 of 1 person has voted')
  await facilitatorCommand(server.url, board, { type: 'vote.reveal' })
  const results = projector.getByTestId('projector-results')
  await expect(results).toContainText('No votes yet')
  await expect(projector.getByTestId('projector-result')).toHaveCount(0)

  await facilitatorCommand(server.url, board, { type: 'vote.start', frameId: weSeeFrame })
  await expect(results).toHaveCount(0)
  await expect(projector.getByTestId('room-progress-vote')).toContainText('0 of 1 person has voted')
})

test('results shown after the group has moved on still show on the projector, until the next step', async ({
  server,
  createBoard,
  newPerson,
}) => {
  const { board, projector } = await busStopsOnTheProjector(server.url, createBoard, newPerson)

  // The vote ends, the facilitator moves the group on, and only then shows the results.
  await facilitatorCommand(server.url, board, { type: 'vote.start', frameId: weSeeFrame })
  await expect(projector.getByTestId('room-progress-vote')).toContainText('0 of 1 person has voted')
  await facilitatorCommand(server.url, board, { type: 'vote.end' })
  await facilitatorCommand(server.url, board, { type: 'stage.set', stage: 'exploration', step: 'i-see' })
  await facilitatorCommand(server.url, board, { type: 'vote.reveal' })
  const results = projector.getByTestId('projector-results')
  await expect(results).toContainText('No votes yet')

  // A reload keeps them: they showed after the step changed.
  await openProjector(projector, projectorLink(server.url, board.id, board.keys.viewer))
  await expect(results).toContainText('No votes yet')
  await facilitatorCommand(server.url, board, { type: 'stage.set', stage: 'exploration', step: 'you-see' })
  await expect(results).toHaveCount(0)
})
