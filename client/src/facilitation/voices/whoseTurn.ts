import type { ControlSnapshot } from '@wesee/shared'

/** Whose turn it is in the round, or null when no round is going. */
export function roundTurn(control: ControlSnapshot | null): string | null {
  const round = control?.round
  if (!round || round.status !== 'going') return null
  return round.order[round.current] ?? null
}

/**
 * What "It's your turn" means for me now: given the turn by the facilitator,
 * my turn in the round, or my second offer after passing; null when none.
 */
export function myTurn(
  control: ControlSnapshot | null,
  me: string | null,
): { kind: 'turn' | 'round' | 'again'; key: string } | null {
  if (!control || !me) return null
  if (roundTurn(control) === me) {
    const round = control.round!
    // The same turn keeps its key while the round changes around it (a late comer joining).
    const key = `round:${round.startedAt}:${round.part}:${round.current}`
    return { kind: round.part === 'again' && round.passed.includes(me) ? 'again' : 'round', key }
  }
  if (control.turn?.participantId === me) return { kind: 'turn', key: `turn:${control.turn.at}` }
  return null
}
