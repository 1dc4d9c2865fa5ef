/**
 * Which notes on the open board are this person's private ones (private
 * writing), for parts of the page that live inside tldraw's own tree (what
 * the canvas says). The board page sets it; one board is open at a time.
 */
let check: (shapeId: string) => boolean = () => false

export function setPrivateNoteCheck(isPrivate: (shapeId: string) => boolean): () => void {
  check = isPrivate
  return () => {
    if (check === isPrivate) check = () => false
  }
}

export function isPrivateNote(shapeId: string): boolean {
  return check(shapeId)
}
