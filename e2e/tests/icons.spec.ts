import type { Page } from '@playwright/test'
import { boardButton } from '../support/menus.ts'
import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'
import { addNotesToFrame, facilitatorCommand } from '../support/voting.ts'

/**
 * Every icon WeSee draws is its own SVG: on a computer without an emoji
 * font, an emoji (🔒, 🔊, ☰) shows as an empty box. The people's own words
 * on notes may hold any emoji; WeSee's regions and dialogs may not.
 */
const iSee = 'shape:frame-exploration-i-see'

async function glyphsIn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = []
    const pictograph = /[\p{Extended_Pictographic}\u2630\u22ef\u25a0-\u25ff\u2713\u2714]/u
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      // tldraw's canvas and the board in words hold people's own words.
      if (
        !parent ||
        parent.closest('.tl-container, .board-mirror, .list-note-text, .vote-note, .vote-results-list')
      )
        continue
      if (pictograph.test(node.textContent ?? '')) found.push(`${parent.className}: ${node.textContent}`)
    }
    return found
  })
}

test('no icon depends on the device having an emoji font', async ({ server, createBoard, newPerson }) => {
  const board = await createBoard('Icons', 'exploration')
  await facilitatorCommand(server.url, board, { type: 'stage.set', stage: 'exploration', step: 'i-see' })
  const fran = new BoardPageObject(await newPerson())
  await fran.open(board.links.facilitator, 'Fran', 'Owl')
  await addNotesToFrame(fran.page, iSee, ['More buses'])
  await expect.poll(() => fran.noteTexts()).toHaveLength(1)
  await facilitatorCommand(server.url, board, { type: 'timer.start', seconds: 600 })
  await facilitatorCommand(server.url, board, { type: 'vote.start', frameId: iSee, votesPerPerson: 2 })

  const sam = new BoardPageObject(await newPerson({ viewport: { width: 390, height: 844 } }))
  await sam.open(board.links.participant, 'Sam', 'Cat')
  await facilitatorCommand(server.url, board, { type: 'board.lock' })
  await expect(sam.page.getByTestId('lock-notice')).toBeVisible()
  const viewer = new BoardPageObject(await newPerson())
  await viewer.open(board.links.viewer)

  for (const person of [fran, sam, viewer]) {
    await expect(person.page.locator('svg.icon').first()).toBeVisible()
    expect(await glyphsIn(person.page)).toEqual([])
  }
  await (await boardButton(sam.page, 'Show as a list')).click()
  await expect(sam.page.getByTestId('list-view')).toBeVisible()
  expect(await glyphsIn(sam.page)).toEqual([])
})
