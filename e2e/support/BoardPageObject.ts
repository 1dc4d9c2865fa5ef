import { expect, type Page } from '@playwright/test'

/** The answers to "Is this your own device?" on the join screen. */
export const deviceAnswers = { own: 'Yes, it is mine', shared: 'No, other people use it too' } as const

/** A person's view of a board, driven the way a person would. */
export class BoardPageObject {
  constructor(readonly page: Page) {}

  /** Opens a board link and, when asked, joins with a picture and a name. */
  async open(link: string, name = 'Sam', picture = 'Cat'): Promise<void> {
    await this.page.goto(link)
    const joinButton = this.page.getByRole('button', { name: 'Join', exact: true })
    const editorReady = this.page.waitForFunction(() => window.editor !== undefined)
    const first = await Promise.race([
      joinButton.waitFor().then(() => 'join' as const),
      editorReady.then(() => 'editor' as const),
    ])
    if (first === 'join') await this.join(name, picture)
    await this.waitForEditor()
  }

  /** Fills the join screen with the mouse (on this person's own device unless told otherwise). */
  async join(name: string, picture = 'Cat', device: 'own' | 'shared' = 'own'): Promise<void> {
    await this.page.getByRole('radio', { name: picture, exact: true }).check()
    await this.page.getByRole('textbox', { name: /Your name/ }).fill(name)
    await this.page.getByRole('radio', { name: deviceAnswers[device] }).check()
    await this.page.getByRole('button', { name: 'Join', exact: true }).click()
  }

  async waitForEditor(): Promise<void> {
    await this.page.waitForFunction(() => window.editor !== undefined)
    await expect(this.page.getByTestId('connection-status')).toHaveText(/Connected/)
  }

  /** Adds a sticky note with the keyboard shortcut, a click and typing. */
  async addNote(words: string, at = { x: 500, y: 400 }): Promise<void> {
    await this.page.locator('.tl-canvas').click({ position: { x: 50, y: 50 } })
    await this.page.keyboard.press('n')
    await this.page.mouse.click(at.x, at.y)
    // Typing before the note's text box has focus would lose the first letters.
    await this.page.waitForFunction(() => document.activeElement?.getAttribute('contenteditable') === 'true')
    await this.page.keyboard.type(words)
    await this.page.keyboard.press('Escape')
    await expect.poll(() => this.noteTexts()).toContain(words)
  }

  /** The words on every note on the current page. */
  async noteTexts(): Promise<string[]> {
    return this.page.evaluate(() => {
      const editor = window.editor
      if (!editor) return []
      return editor
        .getCurrentPageShapes()
        .filter((shape) => shape.type === 'note')
        .map((shape) => {
          // Rich text is a ProseMirror-style tree; its words sit in `text` leaves.
          const words: string[] = []
          const walk = (node: unknown) => {
            if (typeof node !== 'object' || node === null) return
            const { text, content } = node as { text?: unknown; content?: unknown }
            if (typeof text === 'string') words.push(text)
            if (Array.isArray(content)) content.forEach(walk)
          }
          walk((shape.props as { richText?: unknown }).richText)
          return words.join('')
        })
    })
  }

  async pageCount(): Promise<number> {
    return this.page.evaluate(() => window.editor?.getPages().length ?? 0)
  }
}
