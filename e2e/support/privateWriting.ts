import type { Page, WebSocket as PlaywrightSocket } from '@playwright/test'

export const iSeeFrame = 'shape:frame-exploration-i-see'
export const youSeeFrame = 'shape:frame-exploration-you-see'

/** Brings a frame into full view at once. */
export async function showFrame(page: Page, frameId: string): Promise<void> {
  await page.waitForFunction((id) => window.editor?.getShape(id as never) !== undefined, frameId)
  await page.evaluate((id) => {
    const editor = window.editor!
    editor.zoomToBounds(editor.getShapePageBounds(id as never)!, { inset: 80, immediate: true })
  }, frameId)
}

/** Where on the screen a point of a frame is (`fx`, `fy` from 0 to 1 across and down it). */
export async function pointInFrame(
  page: Page,
  frameId: string,
  fx: number,
  fy: number,
): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ({ id, fx, fy }) => {
      const editor = window.editor!
      const bounds = editor.getShapePageBounds(id as never)!
      const point = editor.pageToViewport({ x: bounds.minX + bounds.w * fx, y: bounds.minY + bounds.h * fy })
      const container = editor.getContainer().getBoundingClientRect()
      return { x: container.left + point.x, y: container.top + point.y }
    },
    { id: frameId, fx, fy },
  )
}

/**
 * Everything a page's browser sends and receives over WebSockets, and every
 * API response body it reads: for checking that private words go nowhere.
 */
export class PageWiretap {
  readonly received: Array<{ url: string; data: string }> = []
  readonly sent: Array<{ url: string; data: string }> = []
  readonly responses: Array<{ url: string; body: string }> = []
  private readonly pending: Array<Promise<void>> = []

  constructor(readonly page: Page) {
    page.on('websocket', (socket: PlaywrightSocket) => {
      socket.on('framereceived', ({ payload }) =>
        this.received.push({ url: socket.url(), data: asText(payload) }),
      )
      socket.on('framesent', ({ payload }) => this.sent.push({ url: socket.url(), data: asText(payload) }))
    })
    page.on('response', (response) => {
      if (!response.url().includes('/api/')) return
      this.pending.push(
        response
          .text()
          .then((body) => void this.responses.push({ url: response.url(), body }))
          .catch(() => undefined),
      )
    })
  }

  /** Where `secret` was received (frames and API bodies). */
  async receivedAnywhere(secret: string): Promise<string[]> {
    await Promise.all(this.pending)
    return [
      ...this.received
        .filter((frame) => frame.data.includes(secret))
        .map((frame) => `frame from ${frame.url}`),
      ...this.responses
        .filter((response) => response.body.includes(secret))
        .map((response) => `body of ${response.url}`),
    ]
  }

  /** Frames this page sent on a doc other than its own private doc that hold `secret`. */
  sentOutsidePrivate(secret: string): string[] {
    return this.sent
      .filter((frame) => !frame.url.includes('/private/') && frame.data.includes(secret))
      .map((frame) => frame.url)
  }
}

/** A frame's bytes as Latin-1 text: UTF-8 words appear in it byte for byte. */
function asText(payload: string | Buffer): string {
  return typeof payload === 'string' ? payload : payload.toString('latin1')
}

/** Column headers on the board: each person's picture (its asset) and name, by the column's x. */
export async function columnHeaders(
  page: Page,
): Promise<Array<{ x: number; assetId: string | null; name: string | null }>> {
  return page.evaluate(() => {
    const editor = window.editor!
    const headers = editor
      .getCurrentPageShapes()
      .filter((shape) => (shape.meta as { privateWritingColumn?: boolean }).privateWritingColumn === true)
    const byX = new Map<number, { x: number; assetId: string | null; name: string | null }>()
    for (const shape of headers) {
      const entry = byX.get(shape.x) ?? { x: shape.x, assetId: null, name: null }
      if (shape.type === 'image') entry.assetId = (shape.props as { assetId: string }).assetId
      if (shape.type === 'text') {
        const words: string[] = []
        const walk = (node: unknown) => {
          if (typeof node !== 'object' || node === null) return
          const { text, content } = node as { text?: unknown; content?: unknown }
          if (typeof text === 'string') words.push(text)
          if (Array.isArray(content)) content.forEach(walk)
        }
        walk((shape.props as { richText?: unknown }).richText)
        entry.name = words.join('')
      }
      byX.set(shape.x, entry)
    }
    return [...byX.values()].sort((a, b) => a.x - b.x)
  })
}

/** The x of the column a note with these words is in, on this page's board. */
export async function columnOfNote(page: Page, words: string): Promise<number | null> {
  return page.evaluate((words) => {
    const editor = window.editor!
    const note = editor
      .getCurrentPageShapes()
      .find((shape) => shape.type === 'note' && JSON.stringify(shape.props).includes(words))
    return note && (note.meta as { privateWriting?: boolean }).privateWriting ? note.x : null
  }, words)
}
