import AxeBuilder from '@axe-core/playwright'
import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'

test('a timer started by the facilitator counts down for a participant and on the projector, and ends with "Time is up"', async ({
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Timer', 'exploration')
  const facilitator = new BoardPageObject(await newPerson())
  await facilitator.open(board.links.facilitator, 'Fran', 'Owl')
  // This participant's device clock is an hour slow: the countdown must still match the server's.
  const participantPage = await newPerson()
  await participantPage.clock.setSystemTime(Date.now() - 60 * 60_000)
  const participant = new BoardPageObject(participantPage)
  await participant.open(board.links.participant, 'Sam', 'Cat')
  const projector = await newPerson({ viewport: { width: 1600, height: 900 } })
  await projector.goto(board.links.viewer.replace('#', '/projector#'))
  await expect(projector.getByTestId('projector')).toBeVisible()

  // The facilitator chooses 3 seconds: 0 minutes and 3 seconds.
  await facilitator.page.getByRole('button', { name: 'Timer', exact: true }).click()
  const dialog = facilitator.page.getByTestId('timer-dialog')
  for (const preset of ['1 minute', '3 minutes', '5 minutes', '10 minutes']) {
    await expect(dialog.getByRole('button', { name: preset })).toBeVisible()
  }
  const axe = await new AxeBuilder({ page: facilitator.page })
    .include('[data-testid="timer-dialog"]')
    .analyze()
  expect(axe.violations, JSON.stringify(axe.violations, null, 2)).toEqual([])
  await dialog.getByLabel('Minutes').fill('0')
  await dialog.getByLabel('Seconds').fill('3')
  await dialog.getByRole('button', { name: 'Start the timer' }).click()
  await expect(dialog).toBeHidden()

  // It counts down on the participant's page, in seconds that match the server's clock…
  const timer = participant.page.getByTestId('timer')
  await expect(timer).toHaveText(/^0:0[1-3] left$/)
  await expect(timer).toHaveAccessibleName('Timer')
  await expect(timer).toHaveText(/^0:0[12] left$/)
  // …and large on the projector.
  const projectorTimer = projector.getByTestId('timer')
  await expect(projectorTimer).toHaveClass(/timer-large/)
  await expect(projectorTimer).toHaveText(/^0:0[1-3] left$/)

  // The end: calm words and colour, said once to screen readers.
  await expect(timer).toHaveText('Time is up')
  await expect(timer).toHaveClass(/timer-done/)
  await expect(participant.page.getByTestId('announcer')).toHaveText('Time is up')
  await expect(projectorTimer).toHaveText('Time is up')
  await expect(facilitator.page.getByTestId('timer')).toHaveText('Time is up')
  const boardAxe = await new AxeBuilder({ page: participant.page }).include('.board-timer').analyze()
  expect(boardAxe.violations, JSON.stringify(boardAxe.violations, null, 2)).toEqual([])
})

test('pause keeps the time, carry on goes on from there, stop takes the timer away; sound is off until turned on', async ({
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Timer controls')
  const facilitator = new BoardPageObject(await newPerson())
  await facilitator.open(board.links.facilitator, 'Fran', 'Owl')
  const participant = new BoardPageObject(await newPerson())
  await participant.open(board.links.participant, 'Sam', 'Cat')

  await facilitator.page.getByRole('button', { name: 'Timer', exact: true }).click()
  await facilitator.page.getByTestId('timer-dialog').getByRole('button', { name: '5 minutes' }).click()
  await expect(participant.page.getByTestId('timer')).toHaveText(/^4:5\d left$|^5:00 left$/)

  await facilitator.page.getByRole('button', { name: 'Pause the timer' }).click()
  await expect(participant.page.getByTestId('timer')).toHaveText(/^Paused 4:5\d left$|^Paused 5:00 left$/)
  const paused = await participant.page.getByTestId('timer').innerText()
  await facilitator.page.getByRole('button', { name: 'Carry on' }).click()
  await expect(facilitator.page.getByRole('button', { name: 'Pause the timer' })).toBeVisible()
  await expect(participant.page.getByTestId('timer')).not.toHaveText(/Paused/)
  expect(paused).toMatch(/Paused/)

  // The sound choice is each person's own, off at first, and remembered.
  const sound = participant.page.getByRole('checkbox', { name: 'Sound when time is up' })
  await expect(sound).not.toBeChecked()
  await sound.check()
  await participant.page.reload()
  await participant.waitForEditor()
  await expect(participant.page.getByRole('checkbox', { name: 'Sound when time is up' })).toBeChecked()

  await facilitator.page.getByRole('button', { name: 'Stop the timer' }).click()
  await expect(participant.page.getByTestId('timer')).toHaveCount(0)
  // Participants have no timer controls.
  await expect(participant.page.getByRole('button', { name: 'Timer', exact: true })).toHaveCount(0)
})
