import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser } from '@playwright/test'
import { englishErrorMessage } from '@wesee/shared'
import { expectNoAxeViolations } from '../support/axe.ts'
import { expect, test } from '../support/fixtures.ts'
import { newPhone } from '../support/phone.ts'

/**
 * A refusal from the server reads in the person's own language: on a phone
 * with the biggest text, someone chooses Cymraeg (or العربية) on the start
 * page, types a join code no board has, and reads why in their language;
 * the server's English sentence shows nowhere on the page.
 */
const localesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/src/i18n/locales')
const catalogue = (code: string) =>
  JSON.parse(fs.readFileSync(path.join(localesDir, code, 'client.json'), 'utf8')) as {
    join: { codeHeading: string; codeLabel: string; codeButton: string }
    yourBoards: { importLabel: string; importButton: string }
    errors: { reasons: Record<string, string> }
  }

const languages = [
  { code: 'cy', name: 'Cymraeg', dir: 'ltr' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
] as const

/** A phone at the biggest text on the start page, with this language chosen there. */
async function startPageInLanguage(browser: Browser, url: string, language: (typeof languages)[number]) {
  const phone = await newPhone(browser, { textSize: 'biggest' })
  await phone.page.goto(`${url}/`)
  await phone.page
    .getByRole('combobox', { name: 'Language', exact: true })
    .selectOption({ label: language.name })
  await expect(phone.page.locator('html')).toHaveAttribute('lang', language.code)
  await expect(phone.page.locator('html')).toHaveAttribute('dir', language.dir)
  return phone
}

for (const language of languages) {
  test(`a wrong join code is explained in ${language.name}, on a phone with the biggest text`, async ({
    browser,
    server,
  }) => {
    const words = catalogue(language.code)
    const { context, page } = await startPageInLanguage(browser, server.url, language)
    await expect(page.getByRole('heading', { name: words.join.codeHeading })).toBeVisible()

    // A code of the right shape that no board has.
    await page.getByRole('textbox', { name: words.join.codeLabel }).fill('ZZZ ZZZ')
    await page.getByRole('button', { name: words.join.codeButton }).tap()

    const alert = page.getByRole('alert')
    await expect(alert).toHaveText(words.errors.reasons.wrong_join_code!)
    const english = englishErrorMessage('wrong_join_code')
    await expect(page.getByText(english)).toHaveCount(0)
    expect(await page.locator('body').innerText()).not.toContain('could not find')
    await expect(alert).toBeInViewport()
    await expectNoAxeViolations(page, `a wrong join code in ${language.name}`)
    await context.close()
  })
}

for (const language of languages) {
  test(`a file that is not a backup is refused in ${language.name}, by its reason`, async ({
    browser,
    server,
  }) => {
    const words = catalogue(language.code)
    const { context, page } = await startPageInLanguage(browser, server.url, language)

    await page.getByLabel(words.yourBoards.importLabel).setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": "world"}'),
    })
    await page.getByRole('button', { name: words.yourBoards.importButton }).tap()

    const alert = page.getByRole('alert')
    await expect(alert).toHaveText(words.errors.reasons.backup_not_a_board!)
    // Neither the reason's English nor the schema's own English words show.
    await expect(page.getByText(englishErrorMessage('backup_not_a_board'))).toHaveCount(0)
    expect(await page.locator('body').innerText()).not.toContain('WeSee backup file')
    await context.close()
  })
}
