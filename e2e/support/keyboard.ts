import { expect, type Locator, type Page } from '@playwright/test'

/** Presses Tab until `target` has focus, the way a keyboard user gets there (bounded). */
export async function tabTo(
  page: Page,
  target: Locator,
  { max = 60, backwards = false } = {},
): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab')
  }
  await expect(target).toBeFocused()
}

/** Replaces speech with a list of what was said, before any page script runs. */
export async function recordSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const spoken: string[] = []
    ;(window as unknown as { spoken: string[] }).spoken = spoken
    window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
      spoken.push(utterance.text)
    }
  })
}

export function spokenOn(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)
}
