import { cardEveryMs, type CardKind } from '@wesee/shared'

/**
 * How often one person may hold up the same card: often enough to ask
 * again, never so often that one person can flood everyone's screens.
 * Kept in memory: a restart forgets it, which only ever lets a card through.
 */
export class CardPace {
  private readonly lastSent = new Map<string, number>()

  /** True, and noted, when this person may hold up this card now. */
  allow(boardId: string, participantId: string, kind: CardKind, now: number): boolean {
    const key = `${boardId}/${participantId}/${kind}`
    const last = this.lastSent.get(key)
    if (last !== undefined && now - last < cardEveryMs) return false
    this.lastSent.set(key, now)
    if (this.lastSent.size > 10_000) this.forgetOld(now)
    return true
  }

  private forgetOld(now: number): void {
    for (const [key, at] of this.lastSent) if (now - at >= cardEveryMs) this.lastSent.delete(key)
  }
}
