import type { Browser, Page } from '@playwright/test'
import { expectNoAxeViolations } from '../support/axe.ts'
import { boardButton } from '../support/menus.ts'
import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'
import { expectNamedFocus } from '../support/focus.ts'
import { tabTo } from '../support/keyboard.ts'
import { addNotesToFrame, facilitatorCommand } from '../support/voting.ts'

const iSee = 'shape:frame-exploration-i-see'

/** Fails the test on any mouse or touch event: these paths are keyboard only. */
async function forbidPointer(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { pointerEvents: string[] }).pointerEvents = seen
    for (const type of ['mousedown', 'click', 'pointerdown', 'touchstart']) {
      window.addEventListener(
        type,
        (event) => {
          // Keyboard activation of a button fires a click with no pointer (detail 0).
          if (type === 'click' && (event as MouseEvent).detail === 0) return
          seen.push(type)
        },
        true,
      )
    }
  })
}

async function pointerEventsOn(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { pointerEvents: string[] }).pointerEvents)
}

/** Every message the page's live regions say, in order (WeSee's and the canvas's). */
async function recordLiveRegions(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const said: string[] = []
    ;(window as unknown as { said: string[] }).said = said
    new MutationObserver((changes) => {
      for (const change of changes) {
        for (const node of Array.from(change.addedNodes)) {
          const region = (node.parentElement ?? null)?.closest('[data-testid="announcer"]')
          if (region && node.textContent) said.push(node.textContent)
        }
      }
    }).observe(document, { childList: true, subtree: true })
  })
}

async function saidOn(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { said: string[] }).said)
}

/** Joins from a participant link with the keyboard alone. */
async function joinWithKeyboard(page: Page, link: string, name: string): Promise<void> {
  await page.goto(link)
  await expect(page.getByRole('heading', { name: /^Join / })).toBeFocused()
  await page.keyboard.press('Tab')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Tab')
  await page.keyboard.type(name)
  await page.keyboard.press('Enter')
  await page.waitForFunction(() => window.editor !== undefined)
}

function noteCount(page: Page): Promise<number> {
  return page.evaluate(
    () => window.editor!.getCurrentPageShapes().filter((shape) => shape.type === 'note').length,
  )
}

function selectedId(page: Page): Promise<string | null> {
  return page.evaluate(() => window.editor!.getOnlySelectedShapeId())
}

test('keyboard only: join, read the step, vote and take it back on the canvas, add, change and share a note', async ({
  server,
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Keyboard only', 'exploration')
  await facilitatorCommand(server.url, board, { type: 'stage.set', stage: 'exploration', step: 'i-see' })
  const fran = new BoardPageObject(await newPerson())
  await fran.open(board.links.facilitator, 'Fran', 'Owl')
  await addNotesToFrame(fran.page, iSee, ['Forms are too long', 'Kind staff', 'Letters are late'])

  const page = await newPerson()
  await forbidPointer(page)
  await joinWithKeyboard(page, board.links.participant, 'Kim')
  // After Join: the group's step heading, not the page.
  await expect(page.locator('#step-prompt-title')).toBeFocused()
  await expect(page.locator('#step-prompt-title')).toHaveAccessibleName(/^Now ?: What do I see\?$/)
  await expectNamedFocus(page, 'joining')

  // The board in words is one Tab stop; arrows read every note of the step.
  const mirror = page.getByTestId('board-mirror')
  const firstNote = mirror.getByRole('button', { name: /^Forms are too long\. By Fran\./ })
  await tabTo(page, firstNote)
  const read: string[] = []
  for (let i = 0; i < 3; i++) {
    read.push((await page.evaluate(() => document.activeElement?.textContent)) ?? '')
    await page.keyboard.press('ArrowDown')
  }
  expect(read.join(' ')).toContain('Kind staff')
  expect(read.join(' ')).toContain('Letters are late')

  // Choosing a note from the words chooses it on the canvas; Tab goes to the next note.
  await page.keyboard.press('Home')
  await page.keyboard.press('Enter')
  await expect.poll(() => selectedId(page)).toBe('shape:vote-note-1')
  await expectNamedFocus(page, 'choosing a note')
  await page.keyboard.press('Tab')
  await expect.poll(() => selectedId(page)).toBe('shape:vote-note-2')
  // Escape goes out to the step; Enter goes back in, without renaming the step.
  await page.keyboard.press('Escape')
  await expect.poll(() => selectedId(page)).toBe(iSee)
  await page.keyboard.press('Enter')
  await expect.poll(() => selectedId(page)).toBe('shape:vote-note-1')
  expect(await page.evaluate(() => window.editor!.getEditingShapeId())).toBeNull()

  // A vote: Alt+V on the chosen note at the default zoom, then take it back. No note is made.
  const before = await noteCount(page)
  await facilitatorCommand(server.url, board, { type: 'vote.start', frameId: iSee, votesPerPerson: 2 })
  await expect(page.getByTestId('votes-left')).toHaveText('You have 2 votes left')
  await page.keyboard.press('Alt+J')
  await expect.poll(() => selectedId(page)).toBe('shape:vote-note-1')
  await page.keyboard.press('Alt+V')
  await expect(page.getByTestId('votes-left')).toHaveText('You have 1 vote left')
  await expectNamedFocus(page, 'Alt+V')
  await page.keyboard.press('Alt+Shift+V')
  await expect(page.getByTestId('votes-left')).toHaveText('You have 2 votes left')
  // "Vote for this note" is reachable by Tab while the note is chosen: after the step's last note.
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect.poll(() => selectedId(page)).toBe('shape:vote-note-3')
  await page.keyboard.press('Tab')
  await tabTo(page, page.getByRole('button', { name: 'Vote for this note' }))
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('votes-left')).toHaveText('You have 1 vote left')
  await expectNamedFocus(page, 'Vote for this note')
  // In the list of notes: Vote leaves focus on Take back, Take back on Vote.
  await tabTo(page, page.getByTestId('vote-panel').getByRole('button', { name: 'List of notes' }), {
    backwards: true,
  })
  await page.keyboard.press('Enter')
  const list = page.getByTestId('vote-list')
  await tabTo(page, list.getByRole('button', { name: 'Vote for: Kind staff' }))
  await page.keyboard.press('Enter')
  await expect(list.getByRole('button', { name: 'Take back your vote for: Kind staff' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(list.getByRole('button', { name: 'Vote for: Kind staff' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expectNamedFocus(page, 'closing the list of notes')
  expect(await noteCount(page)).toBe(before)
  await facilitatorCommand(server.url, board, { type: 'vote.end' })
  await expect(page.getByTestId('announcer')).toHaveText(/^The vote has ended/)

  // Add a note: Alt+N, type, Tab finishes it (no second note), focus stays on the board.
  await page.keyboard.press('Alt+N')
  await page.waitForFunction(() => document.activeElement?.getAttribute('contenteditable') === 'true')
  await expect(page.getByTestId('announcer')).toHaveText(
    'Note added to "What do I see?". Type your words, then press Escape.',
  )
  await page.keyboard.type('Buses are full')
  await page.keyboard.press('Tab')
  await expect.poll(() => fran.noteTexts()).toContain('Buses are full')
  expect(await noteCount(page)).toBe(before + 1)
  await expectNamedFocus(page, 'finishing a note with Tab')
  // Change it: Enter types in the chosen note.
  await page.keyboard.press('Enter')
  await page.waitForFunction(() => document.activeElement?.getAttribute('contenteditable') === 'true')
  // tldraw chooses all the words on the way in: typing replaces them.
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type('Buses are full at 9')
  await page.keyboard.press('Escape')
  await expect.poll(() => fran.noteTexts()).toContain('Buses are full at 9')
  await expectNamedFocus(page, 'changing a note')

  // An empty note (Alt+N, then Escape) is taken away.
  await page.keyboard.press('Alt+N')
  await page.waitForFunction(() => document.activeElement?.getAttribute('contenteditable') === 'true')
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('announcer')).toHaveText('The empty note was taken away.')
  expect(await noteCount(page)).toBe(before + 1)

  // Private writing: a private note, then Share my notes.
  await facilitatorCommand(server.url, board, { type: 'private.start' })
  await expect(page.getByTestId('private-writing-banner')).toBeVisible()
  await page.keyboard.press('Alt+N')
  await page.waitForFunction(() => document.activeElement?.getAttribute('contenteditable') === 'true')
  await page.keyboard.type('Only mine for now')
  await page.keyboard.press('Tab')
  await expectNamedFocus(page, 'a private note')
  await expect(
    mirror.getByRole('button', { name: /Only mine for now\..*Only you can see this/ }),
  ).toHaveCount(1)
  expect(await fran.noteTexts()).not.toContain('Only mine for now')
  await tabTo(page, page.getByRole('button', { name: 'Share my notes' }))
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('announcer')).toHaveText(/^Your notes are on the board in "/)
  await expect.poll(() => fran.noteTexts()).toContain('Only mine for now')
  await expectNamedFocus(page, 'Share my notes')

  expect(await pointerEventsOn(page)).toEqual([])
})

test('a screen reader reads every note of the step, and hears each move of a session once, in order', async ({
  server,
  createBoard,
  newPerson,
}) => {
  // A long scripted session: a dozen moves, each awaited until it is said.
  test.setTimeout(120_000)
  const board = await createBoard('Heard', 'exploration')
  await facilitatorCommand(server.url, board, { type: 'stage.set', stage: 'exploration', step: 'i-see' })
  const fran = new BoardPageObject(await newPerson())
  await fran.open(board.links.facilitator, 'Fran', 'Owl')
  await addNotesToFrame(fran.page, iSee, ['Forms are too long', 'Kind staff'])

  const page = await newPerson()
  await recordLiveRegions(page)
  const kim = new BoardPageObject(page)
  await kim.open(board.links.participant, 'Kim', 'Cat')

  // The accessibility tree has each note's words, with a role and a name.
  const cdp = await page.context().newCDPSession(page)
  await expect
    .poll(async () => {
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
        nodes: { role?: { value?: string }; name?: { value?: string }; ignored?: boolean }[]
      }
      return nodes
        .filter((node) => !node.ignored && node.role?.value && node.role.value !== 'StaticText')
        .map((node) => `${node.role!.value}: ${node.name?.value ?? ''}`)
        .filter((line) => /Forms are too long|Kind staff/.test(line))
    })
    .toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^button: Forms are too long\. By Fran\./),
        expect.stringMatching(/^button: Kind staff\. By Fran\./),
      ]),
    )

  const said = async (pattern: RegExp) =>
    expect.poll(async () => (await saidOn(page)).join('\n')).toMatch(pattern)
  const command = (body: Record<string, unknown>) => facilitatorCommand(server.url, board, body)
  await command({ type: 'stage.set', stage: 'exploration', step: 'you-see' })
  await said(/Now: What do you see\?/)
  await command({ type: 'timer.start', seconds: 300 })
  await said(/The timer has started: 5 minutes\./)
  await command({ type: 'timer.pause' })
  await said(/The timer is paused, with 5:00 left\.|The timer is paused, with 4:5\d left\./)
  await command({ type: 'timer.start' })
  await said(/The timer carries on/)
  await command({ type: 'timer.reset' })
  await said(/The timer has stopped\./)
  await command({ type: 'vote.start', frameId: iSee, votesPerPerson: 2 })
  await said(/A vote has started/)
  await page.evaluate(() => {
    window.editor!.select('shape:vote-note-2' as never)
    window.editor!.getContainer().focus()
  })
  await page.keyboard.press('Alt+V')
  await said(/Vote given\. You have 1 vote left\./)
  await command({ type: 'vote.end' })
  await said(/The vote has ended\. The facilitator will show the results\./)
  await command({ type: 'vote.reveal' })
  await said(/The results of the vote are showing\. Most votes: "Kind staff", 1 vote\./)
  await command({ type: 'board.lock' })
  await said(/paused editing/)
  await command({ type: 'board.unlock' })
  await command({ type: 'follow.bringHere', frameId: iSee })
  await said(/The facilitator brought everyone to "What do I see\?"\./)
  // The group is on "What do you see?", so that is where everyone writes on their own.
  await command({ type: 'private.start', frameId: 'shape:frame-exploration-you-see' })
  await said(/Everyone writes on their own now/)
  await page.keyboard.press('Alt+N')
  await page.waitForFunction(() => document.activeElement?.getAttribute('contenteditable') === 'true')
  await page.keyboard.type('A private thought')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('button', { name: 'Share my notes' })).toBeEnabled()
  await tabTo(page, page.getByRole('button', { name: 'Share my notes' }))
  await page.keyboard.press('Enter')
  await said(/Your notes are on the board in "/)
  await command({ type: 'private.reveal' })
  await said(/Everyone's notes are on the board now/)

  // One message for each move, in this order, and none said twice in a row.
  const log = (await saidOn(page)).filter((line) => !/^Note added|^Vote given/.test(line))
  const order = [
    /^Now: What do you see\?/,
    /^The timer has started/,
    /^The timer is paused/,
    /^The timer carries on/,
    /^The timer has stopped/,
    /^A vote has started/,
    /^The vote has ended/,
    /^The results of the vote are showing\. Most votes/,
    /paused editing/,
    /brought everyone to "What do I see\?"/,
    /^Everyone writes on their own/,
    /^Your notes are on the board in/,
    /^Everyone's notes are on the board now/,
  ]
  let at = 0
  for (const pattern of order) {
    const found = log.findIndex((line, index) => index >= at && pattern.test(line))
    expect(found, `"${pattern}" in ${JSON.stringify(log)}`).toBeGreaterThanOrEqual(at)
    expect(
      log.filter((line) => pattern.test(line)),
      `said once: ${pattern}`,
    ).toHaveLength(1)
    at = found + 1
  }
  expect(log.some((line) => line.includes('Kim shared their notes'))).toBe(false)
})

async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  })
  return context.newPage()
}

for (const where of ['laptop', 'phone'] as const) {
  test(`axe finds nothing while typing a note, renaming a step, in a menu and a dialog (${where})`, async ({
    browser,
    server,
    createBoard,
    newPerson,
  }) => {
    const board = await createBoard(`Checked ${where}`, 'exploration')
    await facilitatorCommand(server.url, board, { type: 'stage.set', stage: 'exploration', step: 'i-see' })
    const page = where === 'laptop' ? await newPerson() : await phone(browser)
    const fran = new BoardPageObject(page)
    await fran.open(board.links.facilitator, 'Fran', 'Owl')
    if (where === 'phone') {
      await (await boardButton(page, 'My settings')).focus()
      await page.keyboard.press('Enter')
      await page.getByTestId('my-settings').getByRole('radio', { name: 'Biggest' }).check()
      await page.keyboard.press('Escape')
      await expect(page.locator('html')).toHaveAttribute('data-text-size', 'biggest')
      // My settings was in More on the phone: close it, back to the board.
      const more = page.getByTestId('more-sheet')
      if (await more.isVisible()) await more.getByRole('button', { name: 'Close' }).click()
    }
    await addNotesToFrame(page, iSee, ['Forms are too long'])

    await page.keyboard.press('Alt+N')
    await page.waitForFunction(() => document.activeElement?.getAttribute('contenteditable') === 'true')
    await page.keyboard.type('Typing now')
    await expectNoAxeViolations(page, `typing a note (${where})`)
    await page.keyboard.press('Escape')

    // The facilitator renames a step with F2.
    await page.keyboard.press('Alt+J')
    await page.keyboard.press('Escape')
    await expect.poll(() => selectedId(page)).toBe(iSee)
    await page.keyboard.press('F2')
    await expect(page.getByRole('textbox', { name: 'The name of this step' })).toBeFocused()
    await expectNoAxeViolations(page, `renaming a step (${where})`)
    await page.keyboard.press('Escape')

    await page.getByTestId('main-menu.button').focus()
    await page.keyboard.press('Enter')
    await expect(page.locator('.tlui-menu').first()).toBeVisible()
    await expectNoAxeViolations(page, `tldraw's menu (${where})`)
    await page.keyboard.press('Escape')

    await (await boardButton(page, 'Keys')).focus()
    await page.keyboard.press('Enter')
    await expect(page.getByTestId('keys-dialog')).toBeVisible()
    await expectNoAxeViolations(page, `the keys dialog (${where})`)
    await page.keyboard.press('Escape')
    await page.context().close()
  })
}

test('a participant cannot rename a step by keyboard', async ({ server, createBoard, newPerson }) => {
  const board = await createBoard('Hostile keys', 'exploration')
  await facilitatorCommand(server.url, board, { type: 'stage.set', stage: 'exploration', step: 'i-see' })
  const page = await newPerson()
  await new BoardPageObject(page).open(board.links.participant, 'Max', 'Cat')
  await page.evaluate((id) => {
    window.editor!.select(id as never)
    window.editor!.getContainer().focus()
  }, iSee)
  for (const key of ['Enter', 'F2']) {
    await page.keyboard.press(key)
    await page.keyboard.type('oops')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => window.editor!.getEditingShapeId())).toBeNull()
    await page.keyboard.press('Escape')
    await page.evaluate((id) => {
      window.editor!.select(id as never)
    }, iSee)
  }
  // Even when tldraw is told to rename it (a double click does this), the participant is stopped.
  await page.evaluate((id) => {
    window.editor!.setEditingShape(id as never)
    window.editor!.setCurrentTool('select.editing_shape')
  }, iSee)
  await expect.poll(() => page.evaluate(() => window.editor!.getEditingShapeId())).toBeNull()
  await expect(page.getByTestId('announcer')).toHaveText(
    'Only the facilitator can change the name of a step.',
  )
  const name = await page.evaluate(
    (id) => (window.editor!.getShape(id as never)!.props as { name: string }).name,
    iSee,
  )
  expect(name).toBe('What do I see?')
})
