import fs from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Download, Page } from '@playwright/test'
import { englishErrorMessage, type JoinedBoard } from '@wesee/shared'
import { BoardPageObject, deviceAnswers } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'
import { facilitatorCommand, showFrame, weSeeFrame } from '../support/voting.ts'
import { boardButton } from '../support/menus.ts'

/** Joins through the join screen, ticking "Credit me by name in summaries" when asked. */
async function joinAs(page: Page, link: string, name: string, picture: string, credit: boolean) {
  await page.goto(link)
  await page.getByRole('radio', { name: picture }).check()
  await page.getByRole('textbox', { name: /Your name/ }).fill(name)
  if (credit) await page.getByRole('checkbox', { name: 'Credit me by name in summaries' }).check()
  await page.getByRole('radio', { name: deviceAnswers.own }).check()
  await page.getByRole('button', { name: 'Join', exact: true }).click()
  const person = new BoardPageObject(page)
  await person.waitForEditor()
  return person
}

/** The facilitator reaches the versions through "Share and download". */
async function openVersions(page: Page) {
  await (await boardButton(page, 'Share and download')).click()
  await page.getByTestId('export-dialog').getByRole('button', { name: 'See and save versions' }).click()
}

/** The id and token this browser joined with. */
async function identityOf(page: Page, boardId: string): Promise<JoinedBoard> {
  const saved = await page.evaluate((id) => localStorage.getItem(`wesee.participant.${id}`), boardId)
  return JSON.parse(saved!) as JoinedBoard
}

async function bytesOf(download: Download): Promise<Buffer> {
  return fs.readFileSync((await download.path())!)
}

test('after a short session the summary shows the notes, the votes and only the names people agreed to', async ({
  server,
  createBoard,
  newPerson,
}) => {
  test.setTimeout(120_000)
  const board = await createBoard('Bus stops', 'exploration')
  await facilitatorCommand(server.url, board, { type: 'stage.set', stage: 'exploration', step: 'we-see' })
  const fran = new BoardPageObject(await newPerson())
  await fran.open(board.links.facilitator, 'Francesca', 'Owl')
  const ann = await joinAs(await newPerson(), board.links.participant, 'Annabel', 'Cat', true)
  const ben = await joinAs(await newPerson(), board.links.participant, 'Benedict', 'Dog', false)

  for (const person of [fran, ann, ben]) await showFrame(person.page, weSeeFrame)
  await ann.addNote('More benches at stops', { x: 520, y: 520 })
  await ben.addNote('Brighter lights at night', { x: 820, y: 520 })

  // Notes made on the canvas say who made them, and sit in the frame.
  const annId = (await identityOf(ann.page, board.id)).participantId
  const notes = await fran.page.waitForFunction(() => {
    const found = window.editor!.getCurrentPageShapes().filter((shape) => shape.type === 'note')
    return found.length === 2 ? found.map((shape) => ({ parentId: shape.parentId, meta: shape.meta })) : null
  })
  const noteList = (await notes.jsonValue()) as Array<{ parentId: string; meta: { authorId?: string } }>
  expect(noteList.map((note) => note.meta.authorId)).toContain(annId)
  expect(noteList.map((note) => note.parentId)).toEqual([weSeeFrame, weSeeFrame])

  // A named vote on the frame: Annabel and Benedict both vote for the benches; then the results are shown.
  await fran.page.getByRole('button', { name: 'Start a vote' }).click()
  const setup = fran.page.getByTestId('vote-setup')
  await setup.getByRole('radio', { name: /Everyone — a named vote/ }).check()
  await setup.getByRole('button', { name: 'Start the vote' }).click()
  for (const person of [ann, ben]) {
    await person.page.getByRole('button', { name: 'Vote for: More benches at stops' }).click()
    await expect(person.page.getByTestId('votes-left')).toHaveText('You have 2 votes left')
  }
  await fran.page.getByRole('button', { name: 'Show the results' }).click()
  await expect
    .poll(async () => {
      const response = await fetch(`${server.url}/api/boards/${board.id}/control`, {
        headers: { authorization: `Bearer ${board.keys.viewer}` },
      })
      return ((await response.json()) as { vote?: { revealed?: boolean } }).vote?.revealed
    })
    .toBe(true)

  // The facilitator opens the summary on the board.
  const page = fran.page
  await (await boardButton(page, 'Share and download')).click()
  const dialog = page.getByTestId('export-dialog')
  const axe = await new AxeBuilder({ page }).include('[data-testid="export-dialog"]').analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`)).toEqual([])
  await dialog.getByRole('button', { name: 'Show the summary' }).click()
  const summary = page.frameLocator('iframe[title="Summary of the board"]')
  await expect(summary.getByText('More benches at stops', { exact: true })).toBeVisible()
  await expect(summary.getByText('Brighter lights at night', { exact: true })).toBeVisible()
  await expect(summary.locator('[data-credits]')).toHaveText(
    // Francesca only ran the session, so she is not counted.
    /Thank you to Annabel, and 1 more person who took part\./,
  )
  await expect(summary.getByText(/2 votes/).first()).toBeVisible()
  await expect(summary.getByText('Voted for by Annabel and 1 more')).toBeVisible()
  const words = await summary.locator('body').innerText()
  expect(words).not.toContain('Benedict')
  expect(words).not.toContain('Francesca')

  // The summary page on its own is accessible too.
  const html = await (
    await fetch(`${server.url}/api/boards/${board.id}/summary?format=html`, {
      headers: { authorization: `Bearer ${board.keys.viewer}` },
    })
  ).text()
  const reader = await newPerson()
  await reader.setContent(html)
  const summaryAxe = await new AxeBuilder({ page: reader }).analyze()
  expect(summaryAxe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`)).toEqual([])

  // A PNG of the whole board…
  const png = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download the picture' }).click()
  const pngBytes = await bytesOf(await png)
  expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

  // …an SVG of one frame…
  await dialog.getByRole('radio', { name: 'One part (frame)' }).check()
  await dialog.getByRole('combobox', { name: 'Which part' }).selectOption({ label: 'What do you see?' })
  await dialog.getByRole('radio', { name: 'SVG picture (for printing big)' }).check()
  const svg = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download the picture' }).click()
  const svgDownload = await svg
  // "?" cannot be in a file name on every computer, so it becomes "_".
  expect(svgDownload.suggestedFilename()).toBe('Bus stops - What do you see_.svg')
  const svgText = (await bytesOf(svgDownload)).toString('utf8')
  expect(svgText).toMatch(/^<svg[\s>]/)
  // The frame's picture is inside the file, not a link back to WeSee.
  expect(svgText).toContain('data:image/')
  expect(svgText).not.toContain('/pictures/')

  // …and a PDF: a cover, then one page per frame (the exploration template has three, then "For later").
  await expect(dialog.getByRole('radio', { name: 'A4' })).toBeChecked()
  const pdf = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download a PDF (one page for each part)' }).click()
  const pdfBytes = await bytesOf(await pdf)
  const pdfText = pdfBytes.toString('latin1')
  expect(pdfText.startsWith('%PDF-')).toBe(true)
  expect(pdfText).toMatch(/\/Type \/Pages \/Kids \[[^\]]*\] \/Count 5 >>/)
  expect(pdfText.match(/\/Type \/Page\b(?!s)/g)).toHaveLength(5)
  expect(pdfText.trimEnd().endsWith('%%EOF')).toBe(true)
  // The words are real text: the cover's title first, then each step's notes and votes.
  const drawn = [...pdfText.matchAll(/Td \(((?:\\.|[^\\)])*)\) Tj/g)].map((m) => m[1])
  expect(drawn[0]).toBe('Bus stops')
  expect(drawn).toContain('2 people took part')
  expect(drawn).toContain('What do we see now?')
  expect(drawn).toContain('\x95 More benches at stops')
  expect(drawn).toContain('2 votes: More benches at stops')
  expect(pdfText).toContain('/MediaBox [0 0 842.00 595.00]')
  expect(pdfText).not.toContain('Benedict')
})

test('from the home page a facilitator renames, copies and deletes a board', async ({
  server,
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Café plans', 'exploration')
  const fran = new BoardPageObject(await newPerson())
  await fran.open(board.links.facilitator, 'Francesca', 'Owl')
  const page = fran.page
  await page.goto(server.url)

  const item = page.getByTestId(`board-${board.id}`)
  await expect(item).toContainText('Café plans')
  await expect(item).toContainText('Facilitator')
  await expect(item).toContainText('Last activity')

  await item.getByRole('button', { name: 'Change Café plans' }).click()
  await item.getByRole('textbox', { name: 'New name' }).fill('Café plans, spring')
  await item.getByRole('button', { name: 'Save name' }).click()
  await expect(item.getByRole('link')).toContainText('Café plans, spring')

  await item.getByRole('button', { name: 'Change Café plans, spring' }).click()
  await item.getByRole('button', { name: 'Copy the layout only (no notes)' }).click()
  await expect(page.getByRole('link', { name: /Copy of Café plans, spring/ })).toBeVisible()

  const axe = await new AxeBuilder({ page }).include('#your-boards-heading').include('.board-list').analyze()
  expect(axe.violations).toEqual([])

  await item.getByRole('button', { name: 'Change Café plans, spring' }).click()
  await item.getByRole('button', { name: 'Delete' }).click()
  await expect(item.getByRole('heading', { name: 'Delete Café plans, spring?' })).toBeFocused()
  await item.getByRole('button', { name: 'Yes, delete it forever' }).click()
  await expect(item).toHaveCount(0)
  const gone = await fetch(`${server.url}/api/boards/${board.id}`, {
    headers: { authorization: `Bearer ${board.keys.facilitator}` },
  })
  expect(gone.status).toBe(404)
  // The copy is still there.
  await expect(page.getByRole('link', { name: /Copy of Café plans, spring/ })).toBeVisible()
})

test('the facilitator saves a version, looks at it, goes back to it for everyone, and sees who took part', async ({
  createBoard,
  newPerson,
}) => {
  test.setTimeout(120_000)
  const board = await createBoard('Time together')
  const fran = new BoardPageObject(await newPerson())
  await fran.open(board.links.facilitator, 'Francesca', 'Owl')
  const sam = new BoardPageObject(await newPerson())
  await sam.open(board.links.participant, 'Sam', 'Cat')
  const page = fran.page

  await openVersions(page)
  const versions = page.getByTestId('versions-dialog')
  await versions.getByRole('textbox', { name: 'Name for a new version' }).fill('Before we start')
  await versions.getByRole('button', { name: 'Save a version' }).click()
  await expect(versions.getByTestId('version-list')).toContainText('Before we start — Saved by hand')
  // What is kept and why, and how much the board takes, from the listing.
  await expect(versions.getByTestId('version-list')).toContainText('Kept: you named it')
  await expect(versions.getByTestId('board-size')).toHaveText(/^This board uses [\d.,]+ (kB|MB)\.$/)
  const axe = await new AxeBuilder({ page }).include('[data-testid="versions-dialog"]').analyze()
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`)).toEqual([])
  await versions.getByRole('button', { name: 'Close' }).click()

  await sam.addNote('Remove me later', { x: 500, y: 400 })
  await expect.poll(() => fran.noteTexts()).toContain('Remove me later')

  await openVersions(page)
  await versions.getByRole('button', { name: /^Look at it: Before we start/ }).click()
  await expect(versions.getByTestId('version-preview')).toBeVisible()
  await versions.getByRole('button', { name: /^Go back to this version: Before we start/ }).click()
  await expect(versions.getByRole('heading', { name: 'Go back to this version?' })).toBeFocused()
  await versions.getByRole('button', { name: 'Yes, go back to it' }).click()
  await expect(versions.getByText(/The board went back to “Before we start”/)).toBeVisible()
  // Sam sees the board change without reloading, and the present was kept.
  await expect.poll(() => sam.noteTexts()).toEqual([])
  await expect(versions.getByTestId('version-list')).toContainText('Kept before going back')
  await versions.getByRole('button', { name: 'Close' }).click()

  // The People panel shows the facilitator how long people took part.
  await (await boardButton(page, /^Who is here/)).click()
  const table = page.getByTestId('participation-table')
  await expect(table.getByRole('rowheader', { name: /Sam/ })).toContainText('(here now)')
  const peopleAxe = await new AxeBuilder({ page }).include('[data-testid="people-dialog"]').analyze()
  expect(peopleAxe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' ')}`)).toEqual([])
  const csv = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download as a spreadsheet (CSV)' }).click()
  const lines = (await bytesOf(await csv)).toString('utf8').split('\r\n')
  expect(lines[0]).toMatch(/^Name,Facilitator,First joined,Session/)
  expect(lines.some((line) => line.startsWith('Sam,no,'))).toBe(true)
})

test('a backup downloaded from one board comes back as a new board from the home page', async ({
  createBoard,
  newPerson,
  server,
}) => {
  const board = await createBoard('Library hours', 'exploration')
  const fran = new BoardPageObject(await newPerson())
  await fran.open(board.links.facilitator, 'Francesca', 'Owl')
  await fran.addNote('Open on Sundays', { x: 640, y: 420 })
  const page = fran.page

  await (await boardButton(page, 'Share and download')).click()
  const backup = page.waitForEvent('download')
  await page.getByTestId('export-dialog').getByRole('button', { name: 'Download a backup' }).click()
  const download = await backup
  expect(download.suggestedFilename()).toBe('Library hours - WeSee backup.json')
  const file = (await download.path())!

  await page.goto(server.url)
  await page.getByLabel('Backup file (.json)').setInputFiles(file)
  await page.getByRole('button', { name: 'Bring it in' }).click()
  // The new board opens as its facilitator; people join it afresh.
  await fran.join('Francesca', 'Owl')
  await fran.waitForEditor()
  const newBoardId = /\/b\/([^#/]+)/.exec(page.url())![1]
  expect(newBoardId).not.toBe(board.id)
  await expect.poll(() => fran.noteTexts()).toContain('Open on Sundays')

  // A file that is not a backup is refused in plain words, and nothing opens.
  await page.goto(server.url)
  await page.getByLabel('Backup file (.json)').setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"hello": "world"}'),
  })
  await page.getByRole('button', { name: 'Bring it in' }).click()
  await expect(page.getByRole('alert')).toHaveText(englishErrorMessage('backup_not_a_board'))
})
