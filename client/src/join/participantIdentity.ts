import type { JoinedBoard } from '@wesee/shared'

/**
 * A participant's id and secret token for one board, kept on this device so
 * a returning person is the same person and stays credited for their work.
 *
 * On their own device it is kept in localStorage (it survives closing the
 * browser). On a shared computer (a library, a drop-in centre) it is kept in
 * sessionStorage only, so it goes when the tab is closed and the next person
 * cannot open the board as them.
 */
const keyFor = (boardId: string) => `wesee.participant.${boardId}`

/** Whose device this is, as the person said when they joined. */
export type DeviceKind = 'own' | 'shared'

function storageFor(device: DeviceKind): Storage | null {
  try {
    return device === 'own' ? window.localStorage : window.sessionStorage
  } catch {
    // Storage blocked (some private modes): nothing is kept, the visit still works.
    return null
  }
}

function readFrom(storage: Storage | null, boardId: string): JoinedBoard | null {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(keyFor(boardId)) ?? 'null')
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      typeof (parsed as JoinedBoard).participantId === 'string' &&
      typeof (parsed as JoinedBoard).token === 'string'
    ) {
      const { participantId, token } = parsed as JoinedBoard
      return { participantId, token }
    }
  } catch {
    // Unreadable: treat as not joined.
  }
  return null
}

/** This tab's identity on the board: a shared-device join (this tab only) first, else this device's. */
export function savedIdentity(boardId: string): JoinedBoard | null {
  return readFrom(storageFor('shared'), boardId) ?? readFrom(storageFor('own'), boardId)
}

/** True when this tab joined the board saying the device is shared: keep nothing that outlives the tab. */
export function joinedOnSharedDevice(boardId: string): boolean {
  return readFrom(storageFor('shared'), boardId) !== null
}

export function saveIdentity(boardId: string, identity: JoinedBoard, device: DeviceKind = 'own'): void {
  try {
    storageFor(device)?.setItem(keyFor(boardId), JSON.stringify(identity))
    // A shared computer must not keep an older "own device" identity for this board either.
    if (device === 'shared') storageFor('own')?.removeItem(keyFor(boardId))
  } catch {
    // Full storage: this visit still works.
  }
}

export function forgetIdentity(boardId: string): void {
  for (const device of ['own', 'shared'] as const) {
    try {
      storageFor(device)?.removeItem(keyFor(boardId))
    } catch {
      // Nothing to forget.
    }
  }
}
