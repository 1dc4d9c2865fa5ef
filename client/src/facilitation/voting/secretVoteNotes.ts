/**
 * The notes of an open secret vote. While one is open, the selection each
 * person shares with others (their presence) leaves these notes out, so
 * nobody can watch someone select a note and see the count go up.
 */
let secret: ReadonlySet<string> = new Set()

export function setSecretVoteNotes(shapeIds: readonly string[]): void {
  secret = new Set(shapeIds)
}

export function isSecretVoteNote(shapeId: string): boolean {
  return secret.has(shapeId)
}
