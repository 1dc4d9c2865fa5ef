import { projectorLink } from '@wesee/shared'
import { expectNoAxeViolations } from '../support/axe.ts'
import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'
import { expectGoodLayout } from '../support/layoutCheck.ts'
import { newPhone } from '../support/phone.ts'
import { addNotesToFrame, facilitatorCommand } from '../support/voting.ts'

test('on a phone with the biggest words, a person raises a hand, is given the turn and hears "It\'s your turn"', async ({
  createBoard,
  newPerson,
  browser,
}) => {
  test.setTimeout(120_000)
  const board = await createBoard('Who speaks', 'exploration')
  const fran = new BoardPageObject(await newPerson())
  await fran.open(board.links.facilitator, 'Fran', 'Owl')
  const { context, page } = await newPhone(browser)
  try {
    const lee = new BoardPageObject(page)
    await lee.open(board.links.participant, 'Lee', 'Bee')
    const hand = page.getByTestId('hand-button')
    await expect(hand).toHaveAccessibleName('Raise my hand')
    await hand.tap()
    await expect(hand).toHaveAttribute('aria-pressed', 'true')
    await expect(hand).toHaveAccessibleName('Put my hand down')
    await expect(page.getByTestId('announcer')).toContainText('Your hand is up')
    await expect(page.getByTestId('hands')).toContainText('1st')
    await expectGoodLayout(page, 'a phone with a hand up', { boardShare: true })

    // The facilitator sees the hand and gives Lee the turn.
    const hands = fran.page.getByTestId('hands')
    await expect(hands).toContainText('Lee')
    await hands.getByRole('button', { name: 'Give Lee a turn' }).click()

    const yourTurn = page.getByTestId('your-turn')
    await expect(yourTurn).toContainText("It's your turn")
    await expect(page.getByTestId('announcer')).toContainText("It's your turn")
    await expect(hand).toHaveAccessibleName('Raise my hand')
    await expectGoodLayout(page, 'a phone when it is my turn', { boardShare: true })
    await expectNoAxeViolations(page, 'a phone when it is my turn')
    await expect(fran.page.getByTestId('speaking-now')).toContainText('Lee')

    await yourTurn.getByRole('button', { name: 'I have finished' }).tap()
    await expect(yourTurn).toHaveCount(0)
    await expect(fran.page.getByTestId('speaking-now')).toHaveCount(0)
  } finally {
    await context.close()
  }
})

test('a round where one person passes: passing is fine, and they are asked once more at the end', async ({
  server,
  createBoard,
  newPerson,
  browser,
}) => {
  test.setTimeout(120_000)
  const board = await createBoard('Go round', 'exploration')
  const fran = new BoardPageObject(await newPerson())
  await fran.open(board.links.facilitator, 'Fran', 'Owl')
  const { context, page } = await newPhone(browser)
  try {
    const lee = new BoardPageObject(page)
    await lee.open(board.links.participant, 'Lee', 'Bee')
    const ana = new BoardPageObject(await newPerson())
    await ana.open(board.links.participant, 'Ana', 'Cat')

    // The facilitator starts the round from the session panel.
    await fran.page.getByRole('button', { name: 'Go round', exact: true }).click()
    const dialog = fran.page.getByTestId('round-dialog')
    await dialog.getByRole('textbox', { name: /A question for the round/ }).fill('How are you today?')
    await dialog.getByRole('button', { name: 'Start the round' }).click()

    const yourTurn = page.getByTestId('your-turn')
    await expect(yourTurn).toContainText("It's your turn")
    await expect(page.getByTestId('round')).toContainText('How are you today?')
    // "It's OK to pass" is always beside the button, and describes it.
    const pass = yourTurn.getByRole('button', { name: 'Pass' })
    await expect(pass).toHaveAccessibleDescription("It's OK to pass")
    await expectGoodLayout(page, 'a phone in a round', { boardShare: true })
    await expectNoAxeViolations(page, 'a phone in a round')
    await pass.tap()

    await expect(ana.page.getByTestId('your-turn')).toContainText("It's your turn")
    await expect(yourTurn).toHaveCount(0)
    await fran.page.getByRole('button', { name: 'Next person' }).click()

    // Lee passed, so Lee is asked again, gently, once.
    await expect(yourTurn).toContainText("Would you like to add something now? It's still OK to pass")
    await yourTurn.getByRole('button', { name: 'Pass' }).tap()
    await expect(page.getByTestId('round')).toContainText('Everyone has had a turn.')
    await expect(yourTurn).toHaveCount(0)
    await fran.page.getByRole('button', { name: 'End the round' }).click()
    await expect(page.getByTestId('round')).toHaveCount(0)
    void server
  } finally {
    await context.close()
  }
})

test('a "Plain words" card from a phone shows on the projector without saying who; "I need a break" reaches only the facilitator', async ({
  server,
  createBoard,
  newPerson,
  browser,
}) => {
  test.setTimeout(120_000)
  const board = await createBoard('Cards', 'exploration')
  const fran = new BoardPageObject(await newPerson())
  await fran.open(board.links.facilitator, 'Fran', 'Owl')
  const projector = await newPerson({ viewport: { width: 1280, height: 720 } })
  await projector.goto(projectorLink(server.url, board.id, board.keys.viewer))
  await expect(projector.getByTestId('projector')).toBeVisible()
  const { context, page } = await newPhone(browser)
  try {
    const lee = new BoardPageObject(page)
    await lee.open(board.links.participant, 'Lee', 'Bee')
    await page.getByRole('button', { name: 'Cards' }).tap()
    const sheet = page.getByTestId('cards-sheet')
    await expect(sheet.getByRole('heading', { name: 'Hold up a card' })).toBeVisible()
    await expectGoodLayout(page, 'the cards sheet on a phone')
    await expectNoAxeViolations(page, 'the cards sheet on a phone')
    await sheet.getByRole('button', { name: 'Please say that in plain words' }).tap()
    await expect(sheet).toContainText('Nobody knows it was you')

    const shown = projector.getByTestId('held-up-card')
    await expect(shown).toContainText('Someone asks: Please say that in plain words')
    await expect(shown).not.toContainText('Lee')
    await expect(fran.page.getByTestId('held-up-card')).not.toContainText('Lee')
    // It goes away by itself after a few seconds.
    await expect(shown).toHaveCount(0, { timeout: 15_000 })

    await sheet.getByRole('button', { name: 'I need a break' }).tap()
    await expect(sheet).toContainText('The facilitator knows')
    const quietly = fran.page.getByTestId('help-requests')
    await expect(quietly).toContainText('Lee: I need a break')
    await expect(projector.getByTestId('held-up-card')).toHaveCount(0)
    await quietly.getByRole('button', { name: "I have seen Lee's card" }).click()
    await expect(quietly).toHaveCount(0)
  } finally {
    await context.close()
  }
})

test('our agreements: the facilitator marks notes as agreed and shows them on every screen and the projector', async ({
  server,
  createBoard,
  newPerson,
  browser,
}) => {
  test.setTimeout(120_000)
  const board = await createBoard('Agreements', 'engagement')
  await facilitatorCommand(server.url, board, { type: 'stage.set', stage: 'engagement', step: 'how-we-work' })
  const fran = new BoardPageObject(await newPerson())
  await fran.open(board.links.facilitator, 'Fran', 'Owl')
  await addNotesToFrame(fran.page, 'shape:frame-engagement-how-we-work', ['We listen to each other'])
  const projector = await newPerson({ viewport: { width: 1280, height: 720 } })
  await projector.goto(projectorLink(server.url, board.id, board.keys.viewer))
  const { context, page } = await newPhone(browser)
  try {
    const lee = new BoardPageObject(page)
    await lee.open(board.links.participant, 'Lee', 'Bee')
    // Lee arrives during the group's first step with nothing before it: no story to tell.
    await expect(page.getByTestId('story-sheet')).toHaveCount(0)
    await expect(page.getByTestId('agreements-button')).toHaveCount(0)

    await fran.page.getByTestId('agreements-button').click()
    const sheet = fran.page.getByTestId('agreements-sheet')
    await sheet.getByRole('checkbox', { name: /We listen to each other/ }).check()
    await expect(sheet.getByTestId('agreement-list')).toContainText('We listen to each other')
    await sheet.getByRole('button', { name: 'Show on every screen' }).click()

    await expect(projector.getByTestId('remember-agreements')).toContainText('We listen to each other')
    await expect(page.getByTestId('remember-agreements')).toContainText('Remember what we agreed')
    await page.getByTestId('agreements-button').tap()
    await expect(page.getByTestId('agreement-list')).toContainText('We listen to each other')
    await expectGoodLayout(page, 'our agreements on a phone')
    await expectNoAxeViolations(page, 'our agreements on a phone')
  } finally {
    await context.close()
  }
})

test('someone who joins late sees "The story so far" first, and "Take me to where the group is" brings them to the step', async ({
  server,
  createBoard,
  newPerson,
  browser,
}) => {
  test.setTimeout(120_000)
  const board = await createBoard('Late', 'exploration')
  const fran = new BoardPageObject(await newPerson())
  await fran.open(board.links.facilitator, 'Fran', 'Owl')
  await facilitatorCommand(server.url, board, { type: 'stage.set', stage: 'exploration', step: 'i-see' })
  await addNotesToFrame(fran.page, 'shape:frame-exploration-i-see', ['More buses'])
  await facilitatorCommand(server.url, board, { type: 'stage.set', stage: 'exploration', step: 'you-see' })
  const projector = await newPerson({ viewport: { width: 1280, height: 720 } })
  await projector.goto(projectorLink(server.url, board.id, board.keys.viewer))

  const { context, page } = await newPhone(browser)
  try {
    const lee = new BoardPageObject(page)
    await lee.open(board.links.participant, 'Lee', 'Bee')
    const sheet = page.getByTestId('story-sheet')
    await expect(sheet.getByRole('heading', { name: 'The story so far' })).toBeVisible()
    await expect(sheet.getByTestId('story')).toContainText('What do I see?')
    await expect(sheet.getByTestId('story')).toContainText('1 note')
    await expect(sheet.getByTestId('story')).toContainText('We are here now')
    // Every line has its picture, with a name for screen readers.
    const pictures = sheet.locator('.story-line img')
    expect(await pictures.count()).toBeGreaterThan(1)
    for (const alt of await pictures.evaluateAll((images) =>
      images.map((image) => image.getAttribute('alt')),
    ))
      expect(alt).toBeTruthy()
    await expectGoodLayout(page, 'the story so far on a phone')
    await expectNoAxeViolations(page, 'the story so far on a phone')

    // Move the view away, then ask to go to the group.
    await page.evaluate(() => {
      window.editor!.setCamera({ x: 5000, y: 5000, z: 1 })
    })
    await sheet.getByRole('button', { name: 'Take me to where the group is' }).tap()
    await expect(sheet).toHaveCount(0)
    await expect
      .poll(() =>
        page.evaluate(() => {
          const editor = window.editor!
          const frame = editor.getShapePageBounds('shape:frame-exploration-you-see' as never)!
          return editor.getViewportPageBounds().collides(frame)
        }),
      )
      .toBe(true)

    // A reload soon after does not tell the story again.
    await page.reload()
    await lee.waitForEditor()
    await expect(page.getByTestId('story-sheet')).toHaveCount(0)

    // The facilitator puts "Last time we…" on the projector.
    await fran.page.getByRole('button', { name: 'Show "Last time we…"' }).click()
    await expect(projector.getByTestId('projector-story')).toContainText('Last time we…')
    await expect(projector.getByTestId('projector-story')).toContainText('What do I see?')
  } finally {
    await context.close()
  }
})
