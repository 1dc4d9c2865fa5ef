import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { projectorLink, type CreatedBoard } from '@wesee/shared'
import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'
import { boardButton } from '../support/menus.ts'
import { chooseTextSize, expectGoodLayout, settle } from '../support/layoutCheck.ts'
import { isInWindow } from '../support/phone.ts'
import { facilitatorCommand } from '../support/voting.ts'

const locales = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/src/i18n/locales')

/** A message from a catalogue file, in English where the language does not have it yet (as the app reads it). */
function word(language: string, namespace: string, key: string): string {
  const read = (code: string) => {
    let node: unknown = JSON.parse(fs.readFileSync(path.join(locales, code, `${namespace}.json`), 'utf8'))
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
    return typeof node === 'string' ? node : undefined
  }
  return read(language) ?? read('en')!
}

async function saveLanguages(
  url: string,
  board: CreatedBoard,
  language: string,
  secondLanguage: string | null,
) {
  const settingsUrl = `${url}/api/boards/${board.id}/settings`
  const auth = { Authorization: `Bearer ${board.keys.facilitator}` }
  const current = (await (await fetch(settingsUrl, { headers: auth })).json()) as Record<string, unknown>
  const saved = await fetch(settingsUrl, {
    method: 'PUT',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...current, language, secondLanguage }),
  })
  expect(saved.status, await saved.clone().text()).toBe(200)
}

/** A projector on a device whose own language is English, with the biggest text. */
async function openProjector(page: Page, link: string): Promise<void> {
  await page.goto(new URL(link).origin)
  await page.evaluate(() => localStorage.setItem('wesee:language', 'en'))
  await chooseTextSize(page, 'biggest')
  await page.goto(link)
  await page.waitForFunction(() => window.editor !== undefined)
  await expect(page.getByTestId('projector')).toBeVisible()
}

test('the projector of a Welsh board with English as its second language shows the step in both, Welsh first, on a 1920×1080 and a 1280×720 screen', async ({
  server,
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Arosfannau bws', 'exploration')
  await saveLanguages(server.url, board, 'cy', 'en')
  await facilitatorCommand(server.url, board, { type: 'stage.set', stage: 'exploration', step: 'i-see' })
  await facilitatorCommand(server.url, board, { type: 'timer.start', seconds: 300 })

  const projector = await newPerson({ viewport: { width: 1920, height: 1080 } })
  await openProjector(projector, projectorLink(server.url, board.id, board.keys.viewer))

  // The device is in English; the projector is in the board's language.
  await expect(projector.locator('html')).toHaveAttribute('lang', 'en')
  const screen = projector.getByTestId('projector')
  await expect(screen).toHaveAttribute('lang', 'cy')
  await expect(screen).toHaveAttribute('dir', 'ltr')
  await expect(screen.getByRole('timer')).toHaveAccessibleName(word('cy', 'client', 'timer.label'))
  await expect(screen.getByTestId('join-corner')).toContainText(word('cy', 'client', 'projector.joinHeading'))

  const welsh = screen.getByTestId('step-prompt')
  const english = screen.getByTestId('step-prompt-second')
  await expect(welsh).toContainText(word('cy', 'board', 'stages.exploration.steps.i-see.title'))
  await expect(welsh).toContainText(word('cy', 'board', 'stages.exploration.steps.i-see.prompt'))
  await expect(welsh).toContainText(word('cy', 'client', 'stages.now'))
  await expect(english).toContainText('What do I see?')
  await expect(english).toContainText('On your own: what do you see? Write it, or add a picture.')
  await expect(english).toContainText('Now')
  // Each block says its own language, so a screen reader reads each in its own voice.
  await expect(projector.locator('.projector-second-language')).toHaveAttribute('lang', 'en')
  // The board's language first: the Welsh block is above the English one.
  const [first, second] = [(await welsh.boundingBox())!, (await english.boundingBox())!]
  expect(first.y + first.height).toBeLessThanOrEqual(second.y + 1)

  // Told apart by more than colour: a lighter, slanted second language, smaller but still big.
  const style = (selector: string) =>
    projector
      .locator(selector)
      .first()
      .evaluate((element) => {
        const computed = getComputedStyle(element)
        return {
          size: parseFloat(computed.fontSize),
          weight: Number(computed.fontWeight),
          slant: computed.fontStyle,
        }
      })
  const firstTitle = await style('[data-testid="step-prompt"] .step-prompt-title')
  const secondTitle = await style('[data-testid="step-prompt-second"] .step-prompt-title')
  expect(secondTitle.weight).toBeLessThan(firstTitle.weight)
  expect(secondTitle.slant).toBe('italic')
  expect(secondTitle.size).toBeGreaterThanOrEqual(48)
  expect((await style('[data-testid="step-prompt-second"] .step-prompt-text')).size).toBeGreaterThanOrEqual(
    30,
  )

  for (const size of [
    { width: 1920, height: 1080 },
    { width: 1280, height: 720 },
  ]) {
    await projector.setViewportSize(size)
    await settle(projector)
    const what = `bilingual projector at ${size.width}×${size.height}`
    await expectGoodLayout(projector, what)
    // Both languages in full, with no scrolling: the top of the screen grows for them.
    expect(await isInWindow(projector, '[data-testid="step-prompt"] .step-prompt-text'), what).toBe(true)
    expect(await isInWindow(projector, '[data-testid="step-prompt-second"] .step-prompt-text'), what).toBe(
      true,
    )
    // The room can still join: the join corner's heading and code are in view.
    for (const part of ['.join-corner-heading', '.join-corner-code'])
      expect(await isInWindow(projector, part), `${what}: ${part}`).toBe(true)
    // And the board keeps most of the screen.
    const canvas = (await projector.locator('.projector-canvas').boundingBox())!
    expect(canvas.height / size.height, what).toBeGreaterThan(0.4)
  }
})

test('the facilitator sets the board’s language and a second one in Board settings, and the projector changes at once, right to left for Arabic', async ({
  server,
  createBoard,
  newPerson,
}) => {
  const board = await createBoard('Bus stops', 'exploration')
  await facilitatorCommand(server.url, board, { type: 'stage.set', stage: 'exploration', step: 'i-see' })
  const projector = await newPerson({ viewport: { width: 1280, height: 720 } })
  await openProjector(projector, projectorLink(server.url, board.id, board.keys.viewer))
  const screen = projector.getByTestId('projector')
  await expect(screen).toHaveAttribute('lang', 'en')
  await expect(projector.getByTestId('step-prompt-second')).toHaveCount(0)

  const facilitator = new BoardPageObject(await newPerson())
  await facilitator.open(board.links.facilitator, 'Fran', 'Owl')
  await (await boardButton(facilitator.page, 'Board settings')).click()
  const settings = facilitator.page.getByTestId('board-settings')
  await settings.getByLabel('Language of the board').selectOption('ar')
  await settings.getByLabel('Second language on the projector').selectOption('cy')
  await settings.getByRole('button', { name: 'Save the settings' }).click()
  await expect(settings.getByRole('status')).toHaveText('Saved.')
  // The facilitator's own screen stays in their language.
  await expect(facilitator.page.locator('html')).toHaveAttribute('lang', 'en')

  // No reload: the projector is Arabic, right to left, with Welsh under it.
  await expect(screen).toHaveAttribute('lang', 'ar')
  await expect(screen).toHaveAttribute('dir', 'rtl')
  await expect(projector.getByTestId('step-prompt')).toContainText(word('ar', 'client', 'stages.now'))
  await expect(projector.getByTestId('step-prompt')).toContainText(
    word('ar', 'board', 'stages.exploration.steps.i-see.prompt'),
  )
  const welsh = projector.locator('.projector-second-language')
  await expect(welsh).toHaveAttribute('lang', 'cy')
  await expect(welsh).toHaveAttribute('dir', 'ltr')
  await expect(welsh).toContainText(word('cy', 'client', 'stages.now'))
  // The words run from the right: the Arabic prompt's picture is on the right of its words.
  const picture = (await projector.locator('[data-testid="step-prompt"] .step-prompt-picture').boundingBox())!
  const words = (await projector.locator('[data-testid="step-prompt"] .step-prompt-words').boundingBox())!
  expect(picture.x).toBeGreaterThan(words.x)
  await expectGoodLayout(projector, 'Arabic projector with Welsh at 1280×720')
  expect(await isInWindow(projector, '[data-testid="step-prompt-second"] .step-prompt-text')).toBe(true)

  // Taking the second language away takes it off the screen.
  await settings.getByLabel('Second language on the projector').selectOption('')
  await settings.getByRole('button', { name: 'Save the settings' }).click()
  await expect(projector.getByTestId('step-prompt-second')).toHaveCount(0)
})
