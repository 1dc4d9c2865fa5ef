import type { Page } from '@playwright/test'
import { boardButton } from './menus.ts'

/** An image shape as a test reads it: its spoken name, where its picture comes from and where it sits. */
export interface ImageOnBoard {
  id: string
  altText: string
  src: string | null
  parentId: string
  centre: { x: number; y: number }
}

/** Every image shape on the page, with its asset's address. */
export function imagesOnBoard(page: Page): Promise<ImageOnBoard[]> {
  return page.evaluate(() => {
    const editor = window.editor
    if (!editor) return []
    return editor
      .getCurrentPageShapes()
      .filter((shape) => shape.type === 'image')
      .map((shape) => {
        const props = shape.props as { altText: string; assetId: string | null }
        const asset = props.assetId
          ? (editor.getAsset(props.assetId as never) as { props: unknown } | undefined)
          : undefined
        const bounds = editor.getShapePageBounds(shape)!
        return {
          id: shape.id,
          altText: props.altText,
          src: (asset?.props as { src?: string | null } | undefined)?.src ?? null,
          parentId: shape.parentId,
          centre: { x: bounds.center.x, y: bounds.center.y },
        }
      })
  })
}

/** A picture note as a test reads it. */
export interface PictureNoteOnBoard {
  id: string
  text: string
  picture: { src: string; name: string }
  w: number
  h: number
}

export function pictureNotesOnBoard(page: Page): Promise<PictureNoteOnBoard[]> {
  return page.evaluate(() => {
    const editor = window.editor
    if (!editor) return []
    return editor
      .getCurrentPageShapes()
      .filter((shape) => shape.type === 'picture-note')
      .map((shape) => {
        const props = shape.props as Omit<PictureNoteOnBoard, 'id'>
        return { id: shape.id, text: props.text, picture: props.picture, w: props.w, h: props.h }
      })
  })
}

/** A PNG drawn by the browser's own canvas: a real image, made in the test. */
export async function pngMadeInBrowser(page: Page, width: number, height: number): Promise<Buffer> {
  const bytes = await page.evaluate(
    async ([w, h]) => {
      const canvas = new OffscreenCanvas(w, h)
      const context = canvas.getContext('2d')!
      context.fillStyle = '#2a7a4f'
      context.fillRect(0, 0, w, h)
      context.fillStyle = '#ffd34d'
      context.fillRect(w / 4, h / 4, w / 2, h / 2)
      const blob = await canvas.convertToBlob({ type: 'image/png' })
      return Array.from(new Uint8Array(await blob.arrayBuffer()))
    },
    [width, height] as const,
  )
  return Buffer.from(bytes)
}

/** Chooses files with the board's "Add a photo" button, as a person would. */
export async function addPhotoWithButton(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await (await boardButton(page, 'Add a photo', true)).click()
  await (await chooser).setFiles(file)
}

/** What speech synthesis was asked to say on this page. */
export interface SpokenUtterance {
  text: string
  rate: number
}

/**
 * Records every `speechSynthesis.speak` call instead of speaking (a test
 * machine has no voices). Call before the page loads.
 */
export async function recordSpeech(page: Page): Promise<() => Promise<SpokenUtterance[]>> {
  await page.addInitScript(() => {
    const spoken: Array<{ text: string; rate: number }> = []
    Object.defineProperty(window, '__spoken', { value: spoken })
    window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
      spoken.push({ text: utterance.text, rate: utterance.rate })
    }
  })
  return () => page.evaluate(() => (window as unknown as { __spoken: SpokenUtterance[] }).__spoken)
}
