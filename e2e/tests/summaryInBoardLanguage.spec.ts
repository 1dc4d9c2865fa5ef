import AxeBuilder from '@axe-core/playwright'
import type { FrameLocator, Page } from '@playwright/test'
import { boardT, type BoardLanguage, type CreatedBoard } from '@wesee/shared'
import { BoardPageObject } from '../support/BoardPageObject.ts'
import { bytesOf, joinAs } from '../support/exports.ts'
import { expect, test } from '../support/fixtures.ts'
import { boardButton } from '../support/menus.ts'
import { facilitatorCommand, showFrame, weSeeFrame } from '../support/voting.ts'

/**
 * The summary and the Easy Read version are in the BOARD's language, whatever
 * language the facilitator's own screen is in (English here): a Welsh board
 * with English on the projector too is summed up in Welsh, an Arabic one
 * right to left.
 */

/** A board made over the API in `language`, with a second language for the projector when asked. */
async function boardIn(
  serverUrl: string,
  language: BoardLanguage,
  secondLanguage?: BoardLanguage,
): Promise<CreatedBoard> {
  const made = await fetch(`${serverUrl}/api/boards`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: 'Bysiau', template: 'exploration', language }),
  })
  expect(made.status).toBe(201)
  const board = (await made.json()) as CreatedBoard
  if (secondLanguage) {
    const url = `${serverUrl}/api/boards/${board.id}/settings`
    const auth = { Authorization: `Bearer ${board.keys.facilitator}` }
    const settings = (await (await fetch(url, { headers: auth })).json()) as Record<string, unknown>
    const saved = await fetch(url, {
      method: 'PUT',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...settings, secondLanguage }),
    })
    expect(saved.status, await saved.clone().text()).toBe(200)
  }
  await facilitatorCommand(serverUrl, board, { type: 'stage.set', stage: 'exploration', step: 'we-see' })
  return board
}

/** The facilitator opens "Share and download" and shows the summary, as they would on the board. */
async function openSummary(page: Page): Promise<FrameLocator> {
  await (await boardButton(page, 'Share and download')).click()
  await page.getByTestId('export-dialog').getByRole('button', { name: 'Show the summary' }).click()
  return page.frameLocator('iframe[title="Summary of the board"]')
}

/** The facilitator downloads the Easy Read version and opens the file, as the people who took part would. */
async function openEasyRead(page: Page, reader: Page): Promise<string> {
  const download = page.waitForEvent('download')
  await page
    .getByTestId('export-dialog')
    .getByRole('button', { name: /Download the Easy Read version/ })
    .click()
  const file = await download
  await reader.setContent((await bytesOf(file)).toString('utf8'))
  return file.suggestedFilename()
}

async function expectAxeClean(page: Page, what: string): Promise<void> {
  const axe = await new AxeBuilder({ page }).analyze()
  expect(axe.violations.map((v) => `${what}: ${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`)).toEqual([])
}

test('a Welsh board’s summary and Easy Read version are in Welsh, crediting only who agreed, on an English screen', async ({
  server,
  newPerson,
}) => {
  test.setTimeout(120_000)
  const cy = boardT('cy')
  const board = await boardIn(server.url, 'cy', 'en')
  const fran = new BoardPageObject(await newPerson())
  await fran.open(board.links.facilitator, 'Francesca', 'Owl')
  const ann = await joinAs(await newPerson(), board.links.participant, 'Annabel', 'Cat', true)
  const ben = await joinAs(await newPerson(), board.links.participant, 'Benedict', 'Dog', false)
  for (const person of [fran, ann, ben]) await showFrame(person.page, weSeeFrame)
  await ann.addNote('Mwy o feinciau', { x: 520, y: 520 })
  await ben.addNote('Golau yn y nos', { x: 820, y: 520 })
  await expect.poll(() => fran.noteTexts()).toHaveLength(2)

  // A named vote: both vote for the benches, then the facilitator shows the results.
  await facilitatorCommand(server.url, board, {
    type: 'vote.start',
    frameId: weSeeFrame,
    votesPerPerson: 2,
    anonymous: false,
  })
  for (const person of [ann, ben]) {
    await person.page.getByRole('button', { name: 'Vote for: Mwy o feinciau' }).click()
    await expect(person.page.getByTestId('votes-left')).toHaveText('You have 1 vote left')
  }
  await fran.page.getByRole('button', { name: 'Show the results' }).click()

  const summary = await openSummary(fran.page)
  await expect(summary.locator('html')).toHaveAttribute('lang', 'cy')
  await expect(summary.getByRole('heading', { level: 1 })).toHaveText(
    cy('summary.heading', { title: 'Bysiau' }),
  )
  await expect(summary.getByText('Beth wnaethon ni gyda’n gilydd: Bysiau')).toBeVisible()
  await expect(summary.getByRole('heading', { name: 'Beth ydyn ni’n ei weld nawr?' }).first()).toBeVisible()
  await expect(summary.locator('[data-credits]')).toHaveText(
    'Diolch i Annabel, ac i 1 person arall a gymerodd ran.',
  )
  await expect(summary.getByText('Pleidleisiau gan Annabel a 1 person arall')).toBeVisible()
  await expect(summary.getByText(/2 o bleidleisiau/).first()).toBeVisible()
  const words = await summary.locator('body').innerText()
  expect(words).toContain('Mwy o feinciau')
  expect(words).not.toContain('Benedict')
  expect(words).not.toContain('Francesca')
  for (const english of ['What we did together', 'Thank you', 'Voted for by', 'What do we see now?'])
    expect(words, english).not.toContain(english)

  const reader = await newPerson()
  // The file is named in the board's language too.
  expect(await openEasyRead(fran.page, reader)).toBe('Bysiau - Hawdd ei Ddeall.html')
  await expect(reader.locator('html')).toHaveAttribute('lang', 'cy')
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Beth wnaethon ni gyda’n gilydd')
  await expect(reader.getByText(cy('easyRead.chose', { words: 'Mwy o feinciau' }))).toBeVisible()
  await expect(reader.getByText('Diolch i Annabel.')).toBeVisible()
  await expect(reader.getByRole('button', { name: 'Darllen y cyfan yn uchel' })).toBeVisible()
  expect(await reader.locator('body').innerText()).not.toContain('Benedict')
  await expectAxeClean(reader, 'the Welsh Easy Read version')

  // No address can ask for the summary in another language: it is the board's.
  const asked = await fran.page.evaluate(async (id) => {
    const key = new URLSearchParams(location.hash.slice(1)).get('key')
    const answer = await fetch(`/api/boards/${id}/summary?format=html&language=ar&lang=en`, {
      headers: { authorization: `Bearer ${key}` },
    })
    return { status: answer.status, html: await answer.text() }
  }, board.id)
  expect(asked.status).toBe(200)
  expect(asked.html).toContain('<html lang="cy" dir="ltr">')
})

test('an Arabic board’s summary and Easy Read version read right to left, in Arabic', async ({
  server,
  newPerson,
}) => {
  test.setTimeout(90_000)
  const ar = boardT('ar')
  const board = await boardIn(server.url, 'ar')
  const fran = new BoardPageObject(await newPerson())
  await fran.open(board.links.facilitator, 'Francesca', 'Owl')
  const ann = await joinAs(await newPerson(), board.links.participant, 'Annabel', 'Cat', true)
  await showFrame(ann.page, weSeeFrame)
  await ann.addNote('مقاعد أكثر', { x: 520, y: 520 })
  await expect.poll(() => fran.noteTexts()).toHaveLength(1)

  const summary = await openSummary(fran.page)
  await expect(summary.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(summary.locator('html')).toHaveAttribute('lang', 'ar')
  await expect(summary.getByRole('heading', { level: 1 })).toHaveText(
    ar('summary.heading', { title: 'Bysiau' }),
  )
  expect(await summary.locator('body').evaluate((body) => getComputedStyle(body).direction)).toBe('rtl')
  await expect(summary.locator('[data-credits]')).toHaveText(ar('common.thanksNamed', { names: 'Annabel' }))
  await expect(summary.getByText('مقاعد أكثر', { exact: true })).toBeVisible()

  const reader = await newPerson()
  await openEasyRead(fran.page, reader)
  await expect(reader.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(ar('easyRead.title'))
  await expectAxeClean(reader, 'the Arabic Easy Read version')
})
