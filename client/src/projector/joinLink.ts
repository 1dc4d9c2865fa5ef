/**
 * The link a QR code on the projector opens: the start page with the join
 * code filled in, so a phone goes straight to the join screen. It carries
 * only the code (never a key), which the room can already see.
 */
export function joinLink(origin: string, code: string): string {
  return `${origin}/#code=${encodeURIComponent(code)}`
}
