import type { Limits } from '@wesee/shared'
import type { DocGrant } from '../auth/docAccess.ts'

/**
 * Who a connection counts against: the participant its token proves, or,
 * without a token (projectors, view-only links), the address it comes from.
 */
export function personKey(grant: DocGrant, address: string): string {
  return grant.participantId ? `person:${grant.participantId}` : `address:${address}`
}

export type Admission =
  { ok: true; release: () => void } | { ok: false; refusal: 'TooManyOpen' | 'BoardFull' }

interface BoardCounts {
  total: number
  /** Open connections per person, across the board's docs. */
  people: Map<string, number>
  /** Open connections per person and doc. */
  perDoc: Map<string, number>
}

type CountLimits = Pick<
  Limits,
  | 'maxConnectionsPerBoard'
  | 'maxPeoplePerBoard'
  | 'maxSocketsPerPersonPrivateDoc'
  | 'maxSocketsPerPersonSharedDoc'
  | 'maxSocketsPerAddressPerDoc'
>

/**
 * Counts open sync connections per board, per person and per person-and-doc,
 * so one person holding many sockets fills only their own allowance, never
 * the board: a few sockets per doc per person, a cap on people per board,
 * and a total per board as the last safety net. Counting happens at
 * admission, before the upgrade finishes, so parallel upgrades cannot
 * overshoot.
 */
export class ConnectionCounts {
  private readonly boards = new Map<string, BoardCounts>()

  constructor(private readonly limits: CountLimits) {}

  admit(grant: DocGrant, person: string): Admission {
    const board = this.boards.get(grant.boardId) ?? { total: 0, people: new Map(), perDoc: new Map() }
    const docKey = `${person} ${grant.docName}`
    const onDoc = board.perDoc.get(docKey) ?? 0
    if (onDoc >= this.perDocLimit(grant)) return { ok: false, refusal: 'TooManyOpen' }
    const ofPerson = board.people.get(person) ?? 0
    if (ofPerson === 0 && board.people.size >= this.limits.maxPeoplePerBoard) {
      return { ok: false, refusal: 'BoardFull' }
    }
    if (board.total >= this.limits.maxConnectionsPerBoard) return { ok: false, refusal: 'BoardFull' }

    board.total++
    board.people.set(person, ofPerson + 1)
    board.perDoc.set(docKey, onDoc + 1)
    this.boards.set(grant.boardId, board)
    let released = false
    return {
      ok: true,
      release: () => {
        if (released) return
        released = true
        this.release(grant.boardId, person, docKey)
      },
    }
  }

  /** Different people with a connection open on a board now. */
  peopleOn(boardId: string): number {
    return this.boards.get(boardId)?.people.size ?? 0
  }

  private perDocLimit(grant: DocGrant): number {
    if (!grant.participantId) return this.limits.maxSocketsPerAddressPerDoc
    return grant.doc.kind === 'private'
      ? this.limits.maxSocketsPerPersonPrivateDoc
      : this.limits.maxSocketsPerPersonSharedDoc
  }

  private release(boardId: string, person: string, docKey: string): void {
    const board = this.boards.get(boardId)
    if (!board) return
    board.total--
    decrement(board.people, person)
    decrement(board.perDoc, docKey)
    if (board.total <= 0) this.boards.delete(boardId)
  }
}

function decrement(counts: Map<string, number>, key: string): void {
  const left = (counts.get(key) ?? 1) - 1
  if (left <= 0) counts.delete(key)
  else counts.set(key, left)
}
