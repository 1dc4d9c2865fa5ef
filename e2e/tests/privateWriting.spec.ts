import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'
import {
  columnHeaders,
  columnOfNote,
  iSeeFrame,
  PageWiretap,
  pointInFrame,
  showFrame,
  youSeeFrame,
} from '../support/privateWriting.ts'

async function expectNoAxeViolations(page: Page, selector: string): Promise<void> {
  const results = await new AxeBuilder({ page }).include(selector).analyze()
  expect(results.violations, JSON.stringify(results.violations, null, 2)).toEqual([])
}

/** The ids of the notes this person's canvas marks "Only you can see this". */
async function markedNoteIds(page: Page): Promise<string[]> {
  return page
    .getByTestId('private-note-marks')
    .locator('[data-shape-id]')
    .evaluateAll((marks) => marks.map((mark) => mark.getAttribute('data-shape-id') ?? ''))
}

/** Writes a note inside "What do I see?" the way a person does: the note tool, a click, typing. */
async function writeInFrame(person: BoardPageObject, words: string, fx: number): Promise<void> {
  await showFrame(person.page, iSeeFrame)
  await person.addNote(words, await pointInFrame(person.page, iSeeFrame, fx, 0.7))
}

test('everyone writes on their own, nobody sees anyone else’s notes, then the facilitator shares them in columns', async ({
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('What we see', 'exploration')
  const fran = new BoardPageObject(await newPerson())
  const sam = new BoardPageObject(await newPerson())
  const jo = new BoardPageObject(await newPerson())
  // Everything Jo and Fran receive, and everything Sam sends, from the first page load on.
  const joTap = new PageWiretap(jo.page)
  const franTap = new PageWiretap(fran.page)
  const samTap = new PageWiretap(sam.page)
  await fran.open(board.links.facilitator, 'Fran', 'Owl')
  await sam.open(board.links.participant, 'Sam', 'Cat')
  await jo.open(board.links.participant, 'Jo', 'Dog')
  expect(joTap.received.some((frame) => frame.url.includes('/control'))).toBe(true)
  expect(joTap.received.some((frame) => frame.url.includes('/content'))).toBe(true)
  const samWords = `Sam sees ${Date.now()}`
  const joWords = `Jo sees ${Date.now()}`

  await fran.page.getByRole('button', { name: 'Everyone writes on their own' }).click()
  for (const person of [sam, jo]) {
    await expect(person.page.getByTestId('private-writing-banner')).toContainText(
      'Write your own notes. Only you can see them until you share.',
    )
  }
  await expectNoAxeViolations(sam.page, '.private-banner')

  await writeInFrame(sam, samWords, 0.3)
  await writeInFrame(jo, joWords, 0.6)

  // Each sees their own note, marked as theirs alone.
  await expect(sam.page.getByTestId('private-note-marks')).toContainText('Only you can see this')
  await expect(sam.page.getByTestId('private-note-count')).toHaveText('You have 1 note only you can see.')
  await expect(jo.page.getByTestId('private-note-marks')).toContainText('Only you can see this')
  const samNoteIds = await markedNoteIds(sam.page)
  expect(samNoteIds).toHaveLength(1)

  // The facilitator sees that both are writing — a count, not the words.
  await fran.page.getByText('Who is writing').click()
  await expect(fran.page.getByTestId('private-writing-status')).toContainText('Sam is writing… (1 note)')
  await expect(fran.page.getByTestId('private-writing-status')).toContainText('Jo is writing… (1 note)')
  await expectNoAxeViolations(fran.page, '.private-status')

  // Nobody sees anyone else's note.
  expect(await sam.noteTexts()).not.toContain(joWords)
  expect(await jo.noteTexts()).not.toContain(samWords)
  expect(await fran.noteTexts()).not.toContain(samWords)
  expect(await fran.noteTexts()).not.toContain(joWords)
  // Not on the wire either: not to Jo, not to Fran, and Sam's browser never sent it (or its id,
  // through presence) anywhere but his private doc.
  expect(await joTap.receivedAnywhere(samWords)).toEqual([])
  expect(await franTap.receivedAnywhere(samWords)).toEqual([])
  expect(samTap.sentOutsidePrivate(samWords)).toEqual([])
  expect(samTap.sentOutsidePrivate(samNoteIds[0]!.slice('shape:'.length))).toEqual([])
  expect(samTap.sent.some((frame) => frame.url.includes('/private/') && frame.data.includes(samWords))).toBe(
    true,
  )

  // Private notes survive a reload.
  await sam.page.reload()
  await sam.waitForEditor()
  await expect.poll(() => sam.noteTexts()).toContain(samWords)
  await expect(sam.page.getByTestId('private-note-marks')).toContainText('Only you can see this')

  // The facilitator shares everyone's notes, after saying yes.
  await fran.page.getByRole('button', { name: "Share everyone's notes" }).click()
  const dialog = fran.page.getByTestId('reveal-dialog')
  await expect(dialog).toContainText('What do you see?')
  await expectNoAxeViolations(fran.page, '[data-testid="reveal-dialog"]')
  await dialog.getByRole('button', { name: 'Share them now' }).click()
  await expect(dialog).toBeHidden()

  // Everyone sees both notes, each in its writer's column, headed with their picture and name.
  for (const person of [sam, jo, fran]) {
    await expect.poll(() => person.noteTexts()).toContain(samWords)
    await expect.poll(() => person.noteTexts()).toContain(joWords)
    await expect
      .poll(() => columnHeaders(person.page))
      .toEqual([
        expect.objectContaining({ assetId: 'asset:picture-1F431', name: 'Sam' }),
        expect.objectContaining({ assetId: 'asset:picture-1F436', name: 'Jo' }),
      ])
    const headers = await columnHeaders(person.page)
    expect(await columnOfNote(person.page, samWords)).toBe(headers[0]!.x)
    expect(await columnOfNote(person.page, joWords)).toBe(headers[1]!.x)
  }
  await expect.poll(() => joTap.receivedAnywhere(samWords)).not.toEqual([])
  // The pictures really show.
  await showFrame(jo.page, youSeeFrame)
  await expect(jo.page.locator('img[src="/pictures/1F431.svg"]').first()).toBeVisible()
  // Writing on their own is over: no banner, no marks.
  await expect(sam.page.getByTestId('private-writing-banner')).toBeHidden()
  await expect(sam.page.getByTestId('private-note-marks')).toBeHidden()
  await expect(jo.page.getByTestId('announcer')).toHaveText(/Everyone's notes are on the board now/)
})

test('a person shares early without their name: it waits for everyone’s, then shows no name', async ({
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Quietly', 'exploration')
  const fran = new BoardPageObject(await newPerson())
  await fran.open(board.links.facilitator, 'Fran', 'Owl')
  const sam = new BoardPageObject(await newPerson())
  await sam.open(board.links.participant, 'Sam', 'Cat')
  const jo = new BoardPageObject(await newPerson())
  await jo.open(board.links.participant, 'Jo', 'Dog')
  await fran.page.getByRole('button', { name: 'Everyone writes on their own' }).click()

  const words = `Quiet thought ${Date.now()}`
  await writeInFrame(sam, words, 0.4)
  await sam.page.getByRole('checkbox', { name: /Share without my name/ }).check()
  await sam.page.getByRole('button', { name: 'Share my notes' }).click()
  await expect(sam.page.getByTestId('private-writing-banner')).toContainText(
    "Your notes will go on the board without your name when the facilitator shares everyone's notes.",
  )
  expect(await jo.noteTexts()).not.toContain(words)

  // Jo shares hers with her name, at once; everyone is told.
  const joWords = `Jo shares ${Date.now()}`
  await writeInFrame(jo, joWords, 0.7)
  await jo.page.getByRole('button', { name: 'Share my notes' }).click()
  await expect(sam.page.getByTestId('announcer')).toHaveText('Jo shared their notes.')
  await expect.poll(() => sam.noteTexts()).toContain(joWords)

  await fran.page.getByRole('button', { name: "Share everyone's notes" }).click()
  await fran.page.getByTestId('reveal-dialog').getByRole('button', { name: 'Share them now' }).click()
  await expect.poll(() => jo.noteTexts()).toContain(words)
  await expect
    .poll(() => columnHeaders(jo.page))
    .toEqual([
      expect.objectContaining({ assetId: 'asset:picture-1F436', name: 'Jo' }),
      expect.objectContaining({ assetId: 'asset:picture-1F4AC', name: 'Shared without a name' }),
    ])
})
