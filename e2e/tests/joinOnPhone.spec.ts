import type { Page } from '@playwright/test'
import { BoardPageObject, deviceAnswers } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'
import { isInWindow, newPhone, pageDoesNotScroll } from '../support/phone.ts'

/** What has focus: its tag and the name a screen reader would say. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    return {
      tag: element?.tagName ?? 'NONE',
      name: (element?.getAttribute('aria-label') ?? element?.textContent ?? '').trim(),
    }
  })
}

for (const textSize of ['normal', 'biggest'] as const) {
  test(`on a 360 × 640 phone with ${textSize} text, the name and Join stay in view while the pictures scroll`, async ({
    browser,
    createBoard,
  }) => {
    const board = await createBoard('Bus stops')
    const { context, page } = await newPhone(browser, { textSize }, { width: 360, height: 640 })
    await page.goto(board.links.participant)
    await expect(page.getByRole('heading', { name: 'Join Bus stops' })).toBeVisible()

    expect(await isInWindow(page, '#profile-name'), 'the name box is on the screen').toBe(true)
    expect(await isInWindow(page, '.profile-actions .button-primary'), 'Join is on the screen').toBe(true)
    expect(await pageDoesNotScroll(page), 'the page itself does not scroll').toBe(true)
    const grid = page.getByTestId('avatar-grid')
    expect(await grid.evaluate((box) => box.scrollHeight > box.clientHeight + 10)).toBe(true)

    // Each picture is named by the picture alone, chosen or not.
    await expect(page.getByRole('radio', { name: 'Cat', exact: true })).toBeChecked()
    // The last picture is at the bottom of the grid: tapping it scrolls the grid, not the page.
    const last = page.locator('.avatar-option').last()
    const lastName = (await last.textContent())!.trim()
    await last.tap()
    await expect(page.getByRole('radio', { name: lastName, exact: true })).toBeChecked()
    expect(await pageDoesNotScroll(page)).toBe(true)
    expect(await isInWindow(page, '#profile-name')).toBe(true)

    // "You can leave this empty" is true: Join with no name, and others see the picture.
    await expect(page.getByRole('textbox', { name: /you can leave this empty/ })).toHaveValue('')
    await page.getByRole('button', { name: 'Join', exact: true }).tap()
    const person = new BoardPageObject(page)
    await person.waitForEditor()
    await expect(page.getByRole('heading', { name: 'Join Bus stops' })).toHaveCount(0)

    // Focus is on a named control of the board, never the page body.
    await expect.poll(async () => (await focused(page)).tag).not.toBe('BODY')
    expect((await focused(page)).name).not.toBe('')
    await context.close()
  })
}

test('on a shared computer, nothing that opens the board as the person outlives the tab', async ({
  server,
  browser,
  createBoard,
}) => {
  const board = await createBoard('Library drop-in', 'exploration')
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  await page.goto(board.links.participant)
  // A computer with a mouse may be a library's: the question starts on "shared".
  await expect(page.getByRole('radio', { name: deviceAnswers.shared })).toBeChecked()
  await expect(page.getByText('When you close this page, this device forgets you')).toBeVisible()
  const person = new BoardPageObject(page)
  await person.join('Robin', 'Fox', 'shared')
  await person.waitForEditor()
  await person.addNote('Robin was here')

  const kept = await page.evaluate(
    async (id) => ({
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      databases: (await indexedDB.databases()).map((database) => database.name ?? ''),
      id,
    }),
    board.id,
  )
  expect(kept.session).toContain(`wesee.participant.${board.id}`)
  expect(kept.local.filter((key) => key.includes(board.id))).toEqual([])
  expect(await page.evaluate(() => localStorage.getItem('wesee.boards') ?? '')).not.toContain(board.id)
  expect(kept.databases.filter((name) => name.includes(board.id))).toEqual([])

  // The tab closes; the next person opens the board in the same browser.
  await page.close()
  const next = await context.newPage()
  await next.goto(board.links.participant)
  await expect(next.getByRole('heading', { name: 'Join Library drop-in' })).toBeVisible()
  const after = await next.evaluate(async () => ({
    local: JSON.stringify(localStorage),
    databases: (await indexedDB.databases()).map((database) => database.name ?? ''),
  }))
  expect(after.local).not.toContain(board.id)
  expect(after.databases.filter((name) => name.includes(board.id))).toEqual([])
  // Their "Your boards" list does not have it either.
  await next.goto(server.url)
  await expect(next.getByText('Library drop-in')).toHaveCount(0)
  await context.close()
})

test('on their own device, the person is remembered after the tab closes', async ({
  browser,
  createBoard,
}) => {
  const board = await createBoard('Own phone')
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  const person = new BoardPageObject(page)
  await person.open(board.links.participant, 'Ash', 'Owl')
  await page.close()
  const again = await context.newPage()
  await again.goto(board.links.participant)
  await new BoardPageObject(again).waitForEditor()
  await expect(again.getByRole('heading', { name: 'Join Own phone' })).toHaveCount(0)
  expect(await again.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''))).toContain(
    `wesee:${board.id}/content`,
  )
  await context.close()
})
