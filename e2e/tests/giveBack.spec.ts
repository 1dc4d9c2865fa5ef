import { expectNoAxeViolations } from '../support/axe.ts'
import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'
import { boardButton } from '../support/menus.ts'
import { newPhone } from '../support/phone.ts'
import { addNotesToFrame, facilitatorCommand } from '../support/voting.ts'

const youSaidFrame = 'shape:frame-embedding-you-said-we-did'

test('weeks later: the facilitator writes what happened, and a person on a phone reads it on the update page and in Easy Read', async ({
  server,
  createBoard,
  newPerson,
  browser,
}) => {
  test.setTimeout(120_000)
  const board = await createBoard('Buses', 'embedding')
  await facilitatorCommand(server.url, board, {
    type: 'stage.set',
    stage: 'embedding',
    step: 'you-said-we-did',
  })
  const fran = new BoardPageObject(await newPerson())
  await fran.open(board.links.facilitator, 'Fran', 'Owl')
  await addNotesToFrame(fran.page, youSaidFrame, ['The buses are always late'])

  await (await boardButton(fran.page, 'You said, we did', true)).click()
  const dialog = fran.page.getByTestId('you-said-dialog')
  const form = dialog.getByRole('form', { name: /The buses are always late/ })
  await form.getByRole('radio', { name: 'We did it' }).check()
  await form.getByRole('textbox', { name: 'What we did, or why not yet' }).fill('We changed the timetable')
  await form.getByLabel(/When/).fill('2026-05-01')
  await form.getByRole('button', { name: 'Save' }).click()
  await expect(form.getByRole('status')).toContainText('Saved')
  const link = await dialog.getByRole('textbox', { name: /The update page/ }).inputValue()
  expect(link).toContain(`/b/${board.id}/updates#key=${board.keys.viewer}`)

  const { context, page } = await newPhone(browser)
  try {
    await page.goto(link)
    const list = page.getByTestId('updates-list')
    await expect(list).toContainText('You said: The buses are always late')
    await expect(list).toContainText('We did: We changed the timetable (2026-05-01)')
    for (const alt of await list
      .locator('img')
      .evaluateAll((images) => images.map((i) => i.getAttribute('alt'))))
      expect(alt).toBeTruthy()
    // Long pages scroll down, never sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth + 1)).toBe(true)
    await expectNoAxeViolations(page, 'the update page on a phone')

    // The Easy Read version, opened as a file the facilitator sent.
    await page.setExtraHTTPHeaders({ authorization: `Bearer ${board.keys.viewer}` })
    await page.goto(`${server.url}/api/boards/${board.id}/summary?format=easyread`)
    await expect(page.getByRole('heading', { name: 'What we did together' })).toBeVisible()
    const lines = page.locator('li')
    expect(await lines.count()).toBeGreaterThan(3)
    const problems = await lines.evaluateAll((items) =>
      items.flatMap((item) => {
        const image = item.querySelector('img')
        const words = item.querySelector('p')!
        const size = parseFloat(getComputedStyle(words).fontSize)
        const out: string[] = []
        if (!image || !image.alt || !image.complete || image.naturalWidth === 0)
          out.push(`no picture: ${words.textContent}`)
        if (size < 24) out.push(`small words (${size}px): ${words.textContent}`)
        if (image && image.getBoundingClientRect().left > words.getBoundingClientRect().left)
          out.push(`picture not on the left: ${words.textContent}`)
        return out
      }),
    )
    expect(problems).toEqual([])
    await expect(page.locator('body')).toContainText('We did: We changed the timetable')
    await expect(page.getByRole('button', { name: 'Read it all aloud' })).toBeVisible()
    await expectNoAxeViolations(page, 'the Easy Read version on a phone')
  } finally {
    await context.close()
  }
})
