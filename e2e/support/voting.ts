import { expect, type Page } from '@playwright/test'
import type { CreatedBoard } from '@wesee/shared'

/** The frame of "What do we see now?" on an exploration board. */
export const weSeeFrame = 'shape:frame-exploration-we-see'

/** Sends a command as the facilitator through the API (setting the scene, not what is under test). */
export async function facilitatorCommand(
  serverUrl: string,
  board: CreatedBoard,
  command: Record<string, unknown>,
): Promise<void> {
  const response = await fetch(`${serverUrl}/api/boards/${board.id}/commands`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${board.keys.facilitator}` },
    body: JSON.stringify(command),
  })
  expect(response.status, await response.clone().text()).toBe(200)
}

/** Puts notes in a row inside a frame, as a person adding them would leave them. */
export async function addNotesToFrame(page: Page, frameId: string, words: string[]): Promise<void> {
  await page.evaluate(
    ({ frameId, words }) => {
      const editor = window.editor!
      editor.createShapes(
        words.map((text, i) => ({
          id: `shape:vote-note-${i + 1}` as never,
          type: 'note',
          parentId: frameId as never,
          x: 80 + i * 300,
          y: 560,
          props: {
            richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] },
          },
        })),
      )
    },
    { frameId, words },
  )
  // The notes are on this screen at once; wait until the server has them too, so a
  // command sent next (a vote on the frame) finds them. Read back as the summary, with this page's key.
  await expect
    .poll(() =>
      page.evaluate(async (words) => {
        const boardId = location.pathname.split('/')[2]
        const key = new URLSearchParams(location.hash.slice(1)).get('key')
        const answer = await fetch(`/api/boards/${boardId}/summary?format=csv`, {
          headers: { authorization: `Bearer ${key}` },
        })
        const csv = await answer.text()
        return words.every((text) => csv.includes(text))
      }, words),
    )
    .toBe(true)
}

/** Brings a frame into full view at once, so the notes' buttons are on screen. */
export async function showFrame(page: Page, frameId: string): Promise<void> {
  await page.waitForFunction((id) => window.editor?.getShape(id as never) !== undefined, frameId)
  await page.evaluate((id) => {
    const editor = window.editor!
    const bounds = editor.getShapePageBounds(id as never)!
    editor.zoomToBounds(bounds, { inset: 40 })
  }, frameId)
}
