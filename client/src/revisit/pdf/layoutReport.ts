import { text } from '../../text.ts'
import type { PdfImage, PdfPage } from './writePdf.ts'
import { wrapText } from './wrapText.ts'
import { textWidth } from './winAnsi.ts'

/** Paper the PDF can be made on, landscape (boards are wide), in points. */
export const paperSizes = {
  a4: { width: 842, height: 595 },
  letter: { width: 792, height: 612 },
} as const

export type PaperSize = keyof typeof paperSizes

/** A vote held in a step: its title and one line per note, most votes first. */
export interface ReportVote {
  title: string
  results: Array<{ votes: number; words: string }>
}

/** One step (frame) of the board, as its page shows it. */
export interface ReportStep {
  title: string
  prompt: string | null
  picture: PdfImage | null
  /** The words on each note, names already taken out where people did not agree. */
  notes: string[]
  votes: ReportVote[]
}

export interface ReportModel {
  title: string
  /** The date in words, e.g. "3 December 2026". */
  madeOn: string
  peopleCount: number
  steps: ReportStep[]
}

const margin = 40
const gap = 16
// 12 points is 16 CSS pixels: the smallest words in WeSee, on paper too.
const body = { size: 12, lineHeight: 16 }
const heading = { size: 14, lineHeight: 19 }
const stepTitle = { size: 24, lineHeight: 30 }
const prompt = { size: 14, lineHeight: 19 }
const bullet = '• '

/** Words flowing down a column, onto new pages when one is full. */
class Flow {
  readonly pages: PdfPage[] = []
  private page!: PdfPage
  private y = 0
  private x = 0
  private width = 0
  /** Where a picture beside the column ends: below it the words may use the whole width. */
  private besideUntil: number | null = null

  constructor(
    private readonly paper: { width: number; height: number },
    private readonly continuedTitle: string,
  ) {}

  /** Starts a new page, its words across the whole width from the top margin down. */
  newPage(): PdfPage {
    this.page = { ...this.paper, images: [], lines: [] }
    this.pages.push(this.page)
    this.setColumn({ x: margin, width: this.paper.width - 2 * margin, top: this.paper.height - margin })
    return this.page
  }

  /** The words from here on go in the column `x`…`x + width`, from `top` down, on this page. */
  setColumn(column: { x: number; width: number; top: number; besideUntil?: number }): void {
    this.x = column.x
    this.width = column.width
    this.y = column.top
    this.besideUntil = column.besideUntil ?? null
  }

  /** Writes `words` wrapped to the column; `indent` for the lines after the first (under a bullet). */
  write(words: string, style: { size: number; lineHeight: number }, bold = false, indent = 0): void {
    const lines = wrapText(words, this.width - indent, style.size, bold)
    lines.forEach((line, i) => {
      if (this.besideUntil !== null && this.y - style.lineHeight < this.besideUntil) {
        // Past the bottom of the picture: the rest of the page is free, so use all of its width.
        this.y = Math.min(this.y, this.besideUntil - gap / 2)
        this.x = margin
        this.width = this.paper.width - 2 * margin
        this.besideUntil = null
      }
      if (this.y - style.lineHeight < margin) this.continueOnNewPage()
      this.y -= style.lineHeight
      this.page.lines.push({
        text: line,
        x: this.x + (i > 0 ? indent : 0),
        y: this.y,
        size: style.size,
        bold,
      })
    })
  }

  space(points: number): void {
    this.y -= points
  }

  private continueOnNewPage(): void {
    this.newPage()
    this.write(text.exports.pdf.continued(this.continuedTitle), heading, true)
    this.space(gap / 2)
  }

  get top(): number {
    return this.y
  }
}

function coverPage(model: ReportModel, paper: { width: number; height: number }): PdfPage {
  const flow = new Flow(paper, model.title)
  const page = flow.newPage()
  flow.setColumn({ x: margin * 2, width: paper.width - margin * 4, top: paper.height * 0.66 })
  flow.write(model.title, { size: 32, lineHeight: 40 }, true)
  flow.space(gap)
  flow.write(text.exports.pdf.madeOn(model.madeOn), { size: 16, lineHeight: 22 })
  flow.write(text.exports.pdf.peopleTookPart(model.peopleCount), { size: 16, lineHeight: 22 })
  flow.space(gap * 2)
  flow.write(text.exports.pdf.madeWith, body)
  return page
}

/** A step's pages: title and prompt, the picture on the left, notes and votes beside it. */
function stepPages(step: ReportStep, paper: { width: number; height: number }): PdfPage[] {
  const flow = new Flow(paper, step.title)
  const page = flow.newPage()
  flow.write(step.title, stepTitle, true)
  if (step.prompt) flow.write(step.prompt, prompt)
  flow.space(gap)

  if (step.picture) {
    // The picture on the left, the words in a column beside it, both from under the prompt.
    const contentWidth = paper.width - 2 * margin
    const area = { w: contentWidth * 0.6, h: flow.top - margin }
    const scale = Math.min(area.w / step.picture.width, area.h / step.picture.height)
    const w = step.picture.width * scale
    const h = step.picture.height * scale
    page.images.push({ image: step.picture, x: margin, y: flow.top - h, w, h })
    const x = margin + area.w + gap * 1.5
    flow.setColumn({ x, width: paper.width - margin - x, top: flow.top, besideUntil: flow.top - h })
  }

  flow.write(text.exports.pdf.notesHeading, heading, true)
  if (step.notes.length === 0) flow.write(text.exports.pdf.noNotes, body)
  const indent = textWidth(bullet, body.size)
  for (const note of step.notes) {
    flow.write(`${bullet}${note}`, body, false, indent)
    flow.space(4)
  }
  for (const vote of step.votes) {
    flow.space(gap)
    flow.write(text.exports.pdf.voteHeading(vote.title), heading, true)
    for (const result of vote.results)
      flow.write(text.exports.pdf.votes(result.votes, result.words), body, false, indent)
  }
  return flow.pages
}

/** The PDF's pages: a cover, then each step on a page of its own (more when its notes need them). */
export function layoutReport(model: ReportModel, paper: PaperSize): PdfPage[] {
  const size = paperSizes[paper]
  return [coverPage(model, size), ...model.steps.flatMap((step) => stepPages(step, size))]
}
