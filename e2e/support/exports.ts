import fs from 'node:fs'
import type { Download, Page } from '@playwright/test'
import { BoardPageObject, deviceAnswers } from './BoardPageObject.ts'

declare global {
  interface Window {
    /** Every SVG this page turned into a picture (PNG or JPEG), in order. */
    rasterisedSvgs?: string[]
  }
}

/** Joins through the join screen, ticking "Credit me by name in summaries" when asked. */
export async function joinAs(page: Page, link: string, name: string, picture: string, credit: boolean) {
  await page.goto(link)
  await page.getByRole('radio', { name: picture }).check()
  await page.getByRole('textbox', { name: /Your name/ }).fill(name)
  if (credit) await page.getByRole('checkbox', { name: 'Credit me by name in summaries' }).check()
  await page.getByRole('radio', { name: deviceAnswers.own }).check()
  await page.getByRole('button', { name: 'Join', exact: true }).click()
  const person = new BoardPageObject(page)
  await person.waitForEditor()
  return person
}

/**
 * Keeps a copy of every exported SVG the page reads into a data URL: tldraw
 * turns an SVG into a PNG or JPEG that way, so this is what a picture was drawn from
 * (pixels cannot be searched for words; the SVG can). Call before the page loads.
 */
export async function keepRasterisedSvgs(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.rasterisedSvgs = []
    const readAsDataURL = FileReader.prototype.readAsDataURL
    FileReader.prototype.readAsDataURL = function (blob: Blob) {
      // Only whole exports (tldraw marks their root); pictures inside them are read this way too.
      if (blob.type === 'image/svg+xml')
        void blob.text().then((svg) => {
          if (/^<svg[^>]*data-color-mode=/.test(svg)) window.rasterisedSvgs!.push(svg)
        })
      readAsDataURL.call(this, blob)
    }
  })
}

/** The SVGs kept by `keepRasterisedSvgs` since the last call, emptying the list. */
export async function takeRasterisedSvgs(page: Page): Promise<string[]> {
  return page.evaluate(() => window.rasterisedSvgs!.splice(0))
}

export async function bytesOf(download: Download): Promise<Buffer> {
  return fs.readFileSync((await download.path())!)
}
