import { expect, type Locator, type Page } from '@playwright/test'

/** Opens the board's "More" sheet (if it is not open yet) and returns it. */
export async function openMore(page: Page): Promise<Locator> {
  const sheet = page.getByTestId('more-sheet')
  if (!(await sheet.isVisible()))
    await page.getByTestId('action-bar').getByRole('button', { name: 'More', exact: true }).click()
  await expect(sheet).toBeVisible()
  return sheet
}

/**
 * A board button by its name, where a person finds it: on the action bar
 * when it is there, else in "More" (which this opens).
 */
export async function boardButton(page: Page, name: string | RegExp, exact = false): Promise<Locator> {
  const onBar = page.getByRole('button', { name, exact })
  if (await onBar.first().isVisible()) return onBar.first()
  return (await openMore(page)).getByRole('button', { name, exact })
}
