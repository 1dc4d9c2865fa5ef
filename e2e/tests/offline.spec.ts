import { BoardPageObject } from '../support/BoardPageObject.ts'
import { expect, test } from '../support/fixtures.ts'
import { startServerProcess } from '../support/serverProcess.ts'

test('edits made while the server is away reach everyone once it is back', async ({ newPerson }) => {
  // Its own server, so stopping it does not disturb other tests.
  const server = await startServerProcess()
  try {
    const response = await fetch(`${server.url}/api/boards`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Flaky wifi' }),
    })
    const board = (await response.json()) as { links: { participant: string; facilitator: string } }
    const writer = new BoardPageObject(await newPerson())
    await writer.open(board.links.participant, 'Wren', 'Owl')
    const reader = new BoardPageObject(await newPerson())
    await reader.open(board.links.facilitator, 'Fran', 'Fox')

    // The server crashes: the page says so calmly, and the person keeps working.
    await server.stop('SIGKILL')
    await expect(writer.page.getByTestId('connection-status')).toHaveText(/Reconnecting…|Offline/)
    await writer.addNote('Written while offline')
    await expect(writer.page.getByTestId('connection-status')).toHaveText(
      /Offline — your changes are kept on this device/,
      { timeout: 15_000 },
    )

    // Back up: the note reaches the other person without anyone reloading.
    await server.restart()
    await expect(writer.page.getByTestId('connection-status')).toHaveText(/Connected/, { timeout: 20_000 })
    await expect.poll(() => reader.noteTexts(), { timeout: 20_000 }).toContain('Written while offline')
  } finally {
    await server.stop()
  }
})
