import { pdfString } from './winAnsi.ts'

/** A JPEG picture: its bytes and its size in pixels. */
export interface PdfImage {
  jpeg: Uint8Array
  width: number
  height: number
}

/** One line of words, `x`, `y` (its baseline) and `size` in points from the page's bottom left. */
export interface PdfTextLine {
  text: string
  x: number
  y: number
  size: number
  bold?: boolean
}

/** A page: its size in points (1/72 inch), pictures placed on it, and lines of words. */
export interface PdfPage {
  width: number
  height: number
  images: Array<{ image: PdfImage; x: number; y: number; w: number; h: number }>
  lines: PdfTextLine[]
}

/**
 * Writes a PDF: small on purpose, so no PDF library is needed. A JPEG goes
 * in as it is (DCTDecode); words are real text in the standard Helvetica
 * font (every reader has it, so none is carried), so they can be selected,
 * searched and read aloud. Drawings are left uncompressed: they are small
 * next to the pictures.
 */
export function writePdf(pages: readonly PdfPage[], title: string): Uint8Array {
  const chunks: Uint8Array[] = []
  const offsets: number[] = []
  let length = 0
  const write = (part: string | Uint8Array) => {
    const bytes = typeof part === 'string' ? latin1(part) : part
    chunks.push(bytes)
    length += bytes.byteLength
  }
  const object = (id: number, body: () => void) => {
    offsets[id] = length
    write(`${id} 0 obj\n`)
    body()
    write('\nendobj\n')
  }

  // Objects: 1 catalog, 2 page tree, 3 and 4 the fonts, 5 the title; then each page,
  // its drawing and its pictures.
  let nextId = 6
  const planned = pages.map((page) => {
    const pageId = nextId++
    const drawingId = nextId++
    const imageIds = page.images.map(() => nextId++)
    return { page, pageId, drawingId, imageIds }
  })

  write('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n')
  object(1, () => write('<< /Type /Catalog /Pages 2 0 R >>'))
  object(2, () =>
    write(
      `<< /Type /Pages /Kids [${planned.map(({ pageId }) => `${pageId} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    ),
  )
  object(3, () => write('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'))
  object(4, () =>
    write('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>'),
  )
  object(5, () => write(`<< /Title ${pdfString(title)} /Producer (WeSee) >>`))

  for (const { page, pageId, drawingId, imageIds } of planned) {
    const pictures = imageIds.map((id, i) => `/Im${i} ${id} 0 R`).join(' ')
    object(pageId, () =>
      write(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${num(page.width)} ${num(page.height)}] ` +
          `/Resources << /Font << /F1 3 0 R /F2 4 0 R >> /XObject << ${pictures} >> >> /Contents ${drawingId} 0 R >>`,
      ),
    )
    const drawing = [
      ...page.images.map(
        ({ x, y, w, h }, i) => `q ${num(w)} 0 0 ${num(h)} ${num(x)} ${num(y)} cm /Im${i} Do Q`,
      ),
      ...page.lines.map(
        (line) =>
          `BT /${line.bold ? 'F2' : 'F1'} ${num(line.size)} Tf ${num(line.x)} ${num(line.y)} Td ${pdfString(line.text)} Tj ET`,
      ),
    ].join('\n')
    object(drawingId, () => write(`<< /Length ${drawing.length} >>\nstream\n${drawing}\nendstream`))
    page.images.forEach(({ image }, i) =>
      object(imageIds[i]!, () => {
        write(
          `<< /Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} ` +
            `/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${image.jpeg.byteLength} >>\nstream\n`,
        )
        write(image.jpeg)
        write('\nendstream')
      }),
    )
  }

  const xref = length
  write(`xref\n0 ${nextId}\n0000000000 65535 f \n`)
  for (let id = 1; id < nextId; id++) write(`${String(offsets[id]).padStart(10, '0')} 00000 n \n`)
  write(`trailer\n<< /Size ${nextId} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`)

  const pdf = new Uint8Array(length)
  let at = 0
  for (const chunk of chunks) {
    pdf.set(chunk, at)
    at += chunk.byteLength
  }
  return pdf
}

function num(value: number): string {
  return value.toFixed(2)
}

/** PDF syntax is bytes; every character written here is one byte (text is WinAnsi already). */
function latin1(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff
  return bytes
}
