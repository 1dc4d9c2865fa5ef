import type { JoinedBoard } from '@wesee/shared'

/**
 * A participant's id and secret token for one board, kept on this device so
 * a returning person is the same person and stays credited for their work.
 */
const keyFor = (boardId: string) => `wesee.participant.${boardId}`

export function savedIdentity(boardId: string): JoinedBoard | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(keyFor(boardId)) ?? 'null')
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      typeof (parsed as JoinedBoard).participantId === 'string' &&
      typeof (parsed as JoinedBoard).token === 'string'
    ) {
      return parsed as JoinedBoard
    }
  } catch {
    // Unreadable: treat as not joined.
  }
  return null
}

export function saveIdentity(boardId: string, identity: JoinedBoard): void {
  try {
    localStorage.setItem(keyFor(boardId), JSON.stringify(identity))
  } catch {
    // Private mode or full storage: this visit still works.
  }
}

export function forgetIdentity(boardId: string): void {
  try {
    localStorage.removeItem(keyFor(boardId))
  } catch {
    // Nothing to forget.
  }
}
