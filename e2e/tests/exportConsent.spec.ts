import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'
import { bytesOf, joinAs, keepRasterisedSvgs, takeRasterisedSvgs } from '../support/exports.ts'
import { boardButton } from '../support/menus.ts'
import { columnHeaders, iSeeFrame, pointInFrame, showFrame } from '../support/privateWriting.ts'

/** Writes a note in "What do I see?" while everyone writes on their own. */
async function writeInFrame(person: BoardPageObject, words: string, fx: number): Promise<void> {
  await showFrame(person.page, iSeeFrame)
  await person.addNote(words, await pointInFrame(person.page, iSeeFrame, fx, 0.7))
}

test('pictures and the PDF name only people who agreed to be credited', async ({
  createBoard,
  newPerson,
}) => {
  test.setTimeout(180_000)
  // The full cycle has the Welcome frame (a card with each person's name) and private writing.
  const board = await createBoard('Park day', 'full-cycle')
  const franPage = await newPerson()
  await keepRasterisedSvgs(franPage)
  const fran = new BoardPageObject(franPage)
  await fran.open(board.links.facilitator, 'Francesca', 'Owl')
  const ann = await joinAs(await newPerson(), board.links.participant, 'Annabel', 'Cat', true)
  const ben = await joinAs(await newPerson(), board.links.participant, 'Benedict', 'Dog', false)

  // Everyone writes on their own, then the facilitator shares the notes in named columns.
  await fran.page.getByRole('button', { name: 'Everyone writes on their own' }).click()
  await expect(ben.page.getByTestId('private-writing-banner')).toBeVisible()
  await writeInFrame(ann, 'Swings for older children', 0.3)
  await writeInFrame(ben, 'A quiet place to sit', 0.6)
  await fran.page.getByRole('button', { name: "Share everyone's notes" }).click()
  await fran.page.getByTestId('reveal-dialog').getByRole('button', { name: 'Share them now' }).click()
  await expect
    .poll(() => columnHeaders(fran.page))
    .toEqual([expect.objectContaining({ name: 'Annabel' }), expect.objectContaining({ name: 'Benedict' })])

  const page = fran.page
  await (await boardButton(page, 'Share and download')).click()
  const dialog = page.getByTestId('export-dialog')
  // A picture of one step is the first choice: a whole board is too wide for most viewers.
  await expect(dialog.getByRole('radio', { name: 'One part (frame)' })).toBeChecked()
  await expect(dialog.getByRole('radio', { name: /PNG/ })).toBeChecked()
  await dialog.getByRole('radio', { name: 'The whole board' }).check()

  /** Annabel agreed, so she is named; Benedict and Francesca did not, so they are not. */
  const expectOnlyConsentedNames = (words: string) => {
    expect(words).toContain('Annabel')
    expect(words).toContain('Someone (Dog)')
    expect(words).not.toContain('Benedict')
    expect(words).not.toContain('Francesca')
  }

  // PNG: the SVG tldraw drew it from.
  await takeRasterisedSvgs(page)
  await dialog.getByRole('radio', { name: /PNG/ }).check()
  const png = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download the picture' }).click()
  const pngBytes = await bytesOf(await png)
  const pngSources = await takeRasterisedSvgs(page)
  expect(pngSources).toHaveLength(1)
  expectOnlyConsentedNames(pngSources[0]!)
  // The whole full-cycle board is far wider than 8,000 points, yet the PNG is at most 8,000 pixels.
  const boardWidth = Number(/^<svg[^>]* width="([\d.]+)"/.exec(pngSources[0]!)![1])
  expect(boardWidth).toBeGreaterThan(8000)
  const [pngWidth, pngHeight] = [pngBytes.readUInt32BE(16), pngBytes.readUInt32BE(20)]
  expect(Math.max(pngWidth, pngHeight)).toBeLessThanOrEqual(8000)
  expect(pngWidth).toBeGreaterThan(7900)

  // SVG: the file itself.
  await dialog.getByRole('radio', { name: /SVG/ }).check()
  const svg = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Download the picture' }).click()
  const svgText = (await bytesOf(await svg)).toString('utf8')
  expectOnlyConsentedNames(svgText)

  // PDF (on Letter paper): every page's picture, and the file's own words.
  await dialog.getByRole('radio', { name: 'Letter (US)' }).check()
  const pdf = page.waitForEvent('download')
  await dialog.getByRole('button', { name: /Download a PDF/ }).click()
  const pdfText = (await bytesOf(await pdf)).toString('latin1')
  expect(pdfText.startsWith('%PDF-')).toBe(true)
  const pdfSources = (await takeRasterisedSvgs(page)).join('\n')
  expectOnlyConsentedNames(pdfSources)
  expect(pdfText).not.toContain('Benedict')
  expect(pdfText).not.toContain('Francesca')
  expect(pdfText).toContain('(\x95 Annabel) Tj')
  expect(pdfText).toContain('(\x95 A quiet place to sit) Tj')
  expect(pdfText).toContain('/MediaBox [0 0 792.00 612.00]')

  // The live board still shows Benedict's name: only the files leave it out.
  expect((await columnHeaders(page)).map((header) => header.name)).toEqual(['Annabel', 'Benedict'])
})
