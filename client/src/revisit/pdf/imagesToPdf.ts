/** One page's picture: JPEG bytes and their size in pixels. */
export interface PdfPageImage {
  jpeg: Uint8Array
  width: number
  height: number
}

/** A4 landscape, in PDF points (1/72 inch), with a margin around each picture. */
const pageWidth = 842
const pageHeight = 595
const margin = 24

/**
 * Writes a PDF with one page per picture, each JPEG scaled to fit an A4
 * landscape page. Small on purpose: PDF can carry a JPEG as it is
 * (DCTDecode), so one page is a page object, an image and a one-line
 * drawing instruction, and no PDF library is needed for it.
 */
export function imagesToPdf(pages: readonly PdfPageImage[]): Uint8Array {
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

  // Objects: 1 catalog, 2 page tree, then three per page (page, image, drawing).
  const pageIds = pages.map((_, i) => 3 + i * 3)
  write('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n')
  object(1, () => write('<< /Type /Catalog /Pages 2 0 R >>'))
  object(2, () =>
    write(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`),
  )
  pages.forEach((page, i) => {
    const [pageId, imageId, drawingId] = [pageIds[i]!, pageIds[i]! + 1, pageIds[i]! + 2]
    const scale = Math.min((pageWidth - 2 * margin) / page.width, (pageHeight - 2 * margin) / page.height)
    const w = page.width * scale
    const h = page.height * scale
    const x = (pageWidth - w) / 2
    const y = (pageHeight - h) / 2
    object(pageId, () =>
      write(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${pageWidth} ${pageHeight}] ` +
          `/Resources << /XObject << /Im${i} ${imageId} 0 R >> >> /Contents ${drawingId} 0 R >>`,
      ),
    )
    object(imageId, () => {
      write(
        `<< /Type /XObject /Subtype /Image /Width ${page.width} /Height ${page.height} ` +
          `/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${page.jpeg.byteLength} >>\nstream\n`,
      )
      write(page.jpeg)
      write('\nendstream')
    })
    const drawing = `q ${num(w)} 0 0 ${num(h)} ${num(x)} ${num(y)} cm /Im${i} Do Q`
    object(drawingId, () => write(`<< /Length ${drawing.length} >>\nstream\n${drawing}\nendstream`))
  })

  const count = 3 + pages.length * 3
  const xref = length
  write(`xref\n0 ${count}\n0000000000 65535 f \n`)
  for (let id = 1; id < count; id++) write(`${String(offsets[id]).padStart(10, '0')} 00000 n \n`)
  write(`trailer\n<< /Size ${count} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`)

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

/** PDF syntax is bytes; every character written here is in Latin-1. */
function latin1(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff
  return bytes
}
