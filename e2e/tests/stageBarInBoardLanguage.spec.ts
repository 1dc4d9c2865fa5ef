import type { CreatedBoard } from '@wesee/shared'
import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'
import { facilitatorCommand } from '../support/voting.ts'

/**
 * Where the group is reads in the board's language on every screen: on a
 * Welsh board the stage bar's steps and the step's guidance are Welsh, like
 * the step's prompt, even on a screen whose own words are English.
 */
test('on a Welsh board, the stage bar and the guidance are Welsh on an English screen', async ({
  server,
  newPerson,
}) => {
  const made = await fetch(`${server.url}/api/boards`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title: 'Bysiau', template: 'experimentation', language: 'cy' }),
  })
  expect(made.status).toBe(201)
  const board = (await made.json()) as CreatedBoard
  await facilitatorCommand(server.url, board, { type: 'stage.set', stage: 'experimentation', step: 'ideas' })
  const pat = new BoardPageObject(await newPerson())
  await pat.open(board.links.participant, 'Pat')
  const bar = pat.page.getByRole('navigation', { name: 'Where we are' })
  await expect(bar).toContainText('Ein treialon bach')
  await expect(bar).toContainText('Beth ddigwyddodd a beth ddysgon ni')
  await expect(bar).not.toContainText('Our small tries')
  const prompt = pat.page.getByTestId('step-prompt')
  await expect(prompt).toContainText('Beth allai ddigwydd petaen ni’n trio…?')
  await expect(prompt).toContainText('Mentro ychydig, methu’n gynnar, dysgu’n gyflym.')
  await expect(prompt).not.toContainText('Risk small')
  // The screen's own words stay the person's: English.
  await expect(prompt).toContainText('Now')
})
