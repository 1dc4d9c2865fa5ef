import { test as base, expect, type Browser, type BrowserContext, type Page } from '@playwright/test'
import type { CreatedBoard } from '@wesee/shared'
import { startServerProcess, type ServerProcess } from './serverProcess.ts'

interface WorkerFixtures {
  server: ServerProcess
}

interface TestFixtures {
  /** Creates a board through the API (the UI path has its own test). */
  createBoard: (title?: string, template?: string) => Promise<CreatedBoard>
  /** A fresh browser context (a separate person), closed after the test. */
  newPerson: (options?: { viewport?: { width: number; height: number } }) => Promise<Page>
}

/** One real server per worker; each test gets people in separate browser contexts. */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startServerProcess()
      await use(server)
      await server.stop()
    },
    { scope: 'worker' },
  ],
  createBoard: async ({ server }, use) => {
    await use(async (title = 'Test board', template = 'blank') => {
      const response = await fetch(`${server.url}/api/boards`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ title, template }),
      })
      expect(response.status).toBe(201)
      return (await response.json()) as CreatedBoard
    })
  },
  newPerson: async ({ browser }, use) => {
    const contexts: BrowserContext[] = []
    await use(async (options) => {
      const context = await newContext(browser, options?.viewport)
      contexts.push(context)
      return context.newPage()
    })
    for (const context of contexts) await context.close()
  },
})

async function newContext(
  browser: Browser,
  viewport?: { width: number; height: number },
): Promise<BrowserContext> {
  return browser.newContext({ viewport: viewport ?? { width: 1280, height: 800 } })
}

export { expect }
