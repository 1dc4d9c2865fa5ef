import { chromium, type Browser, type Page } from 'playwright-core'
import { clientDistDir, ensureClientBuilt } from './clientBundle.ts'
import { ServerProcess } from './ServerProcess.ts'
import { makeTempDir } from './tempDirs.ts'

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/**
 * Chrome DevTools' "Fast 3G" preset (its network panel's own numbers) and a
 * mid-range phone's CPU, four times slower than this machine.
 */
export const phoneProfile = {
  cpuSlowdown: 4,
  latencyMs: 562.5,
  downloadBytesPerSecond: ((1.44 * 1000 * 1000) / 8) * 0.9,
  uploadBytesPerSecond: ((675 * 1000) / 8) * 0.9,
}

export interface PhoneLoadRun {
  /** From opening the participant link to the join screen ready for input. */
  linkToJoinScreenMs: number
  /** From pressing Join to the board drawn with the group's notes and frames on it. */
  joinToBoardMs: number
}

/**
 * A person opens a participant link on a slow phone for the first time
 * (empty cache: a fresh browser context each run), joins, and waits for a
 * board they can use. Real server, real built client, real Chromium.
 */
export async function measurePhoneLoad(runs: number): Promise<PhoneLoadRun[]> {
  ensureClientBuilt()
  const server = await ServerProcess.start(makeTempDir(), { clientDir: clientDistDir })
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  })
  try {
    const results: PhoneLoadRun[] = []
    for (let run = 0; run < runs; run++) results.push(await oneRun(browser, server, run))
    return results
  } finally {
    await browser.close()
    await server.stop()
  }
}

async function oneRun(browser: Browser, server: ServerProcess, run: number): Promise<PhoneLoadRun> {
  const link = await participantLink(server, `Phone load ${run + 1}`)
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
  })
  try {
    const page = await context.newPage()
    await throttle(page)
    const opened = performance.now()
    await page.goto(link, { waitUntil: 'commit' })
    const join = page.getByRole('button', { name: 'Join', exact: true })
    await join.waitFor({ state: 'visible', timeout: 120_000 })
    const joinScreen = performance.now()

    const name = page.getByRole('textbox', { name: /name/i })
    if (await name.count()) await name.first().fill('Sam')
    const pressed = performance.now()
    await join.click()
    // Usable: tldraw is up and the board's template frames have arrived.
    await page.waitForFunction(
      () =>
        (window as { editor?: { getCurrentPageShapeIds(): Set<unknown> } }).editor?.getCurrentPageShapeIds()
          .size,
      undefined,
      { timeout: 120_000, polling: 50 },
    )
    return { linkToJoinScreenMs: joinScreen - opened, joinToBoardMs: performance.now() - pressed }
  } finally {
    await context.close()
  }
}

async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: phoneProfile.latencyMs,
    downloadThroughput: phoneProfile.downloadBytesPerSecond,
    uploadThroughput: phoneProfile.uploadBytesPerSecond,
  })
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: phoneProfile.cpuSlowdown })
}

async function participantLink(server: ServerProcess, title: string): Promise<string> {
  const response = await fetch(`${server.httpUrl}/api/boards`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ title, template: 'exploration' }),
  })
  if (response.status !== 201)
    throw new Error(`POST /api/boards: ${response.status} ${await response.text()}`)
  const body = (await response.json()) as { links: { participant: string } }
  // Links use the server's own address; point them at the loopback port.
  const url = new URL(body.links.participant)
  return `${server.httpUrl}${url.pathname}${url.search}${url.hash}`
}
