import type { ParticipantProfile, RoundState } from '@wesee/shared'

/** Is this person here now? */
export type IsHere = (participantId: string) => boolean

/** Who a round goes round: the people here now who are not running it, in the order chosen. */
export function roundOrder(
  people: ParticipantProfile[],
  order: 'joined' | 'random',
  random: () => number = Math.random,
): string[] {
  const here = people
    .filter((person) => person.present && !person.isFacilitator)
    .sort((a, b) => a.joinedAt - b.joinedAt)
    .map((person) => person.id)
  if (order === 'joined') return here
  // Fisher–Yates, so every order is as likely as any other.
  for (let i = here.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[here[i], here[j]] = [here[j]!, here[i]!]
  }
  return here
}

/** The first position from `from` on whose person is here, or `order.length` when none is. */
function firstHere(order: string[], from: number, isHere: IsHere): number {
  let position = from
  while (position < order.length && !isHere(order[position]!)) position++
  return position
}

/** A round's first state: the first person here has the turn. */
export function startRound(order: string[], prompt: string | null, now: number, isHere: IsHere): RoundState {
  return {
    status: 'going',
    part: 'first',
    prompt,
    order,
    current: firstHere(order, 0, isHere),
    done: [],
    passed: [],
    startedAt: now,
    changedAt: now,
  }
}

/** Whose turn it is in a round, or null when nobody's is (it is done). */
export function personWhoseTurn(round: RoundState | null): string | null {
  if (!round || round.status !== 'going') return null
  return round.order[round.current] ?? null
}

/**
 * The round after the person whose turn it was has had it (`passed` when
 * they passed). People who left are skipped. At the end of the first part,
 * people who passed and are here are offered a turn again, once; after that
 * the round is done.
 */
export function moveOn(round: RoundState, passed: boolean, now: number, isHere: IsHere): RoundState {
  const person = personWhoseTurn(round)
  if (!person) return round
  const done = [...round.done, person]
  const passedNow = passed && round.part === 'first' ? [...round.passed, person] : round.passed
  const next = firstHere(round.order, round.current + 1, isHere)
  if (next < round.order.length) {
    return { ...round, current: next, done, passed: passedNow, changedAt: now }
  }
  if (round.part === 'first') {
    const again = passedNow.filter(isHere)
    if (again.length > 0) {
      return {
        ...round,
        part: 'again',
        order: again,
        current: 0,
        // Who spoke stays done: a reload now must not make them a late comer with a second turn.
        // People who passed are not done yet: they are being asked again, here or when they are back.
        done: done.filter((id) => !passedNow.includes(id)),
        passed: passedNow,
        changedAt: now,
      }
    }
  }
  return { ...round, status: 'done', current: round.order.length, done, passed: passedNow, changedAt: now }
}

/**
 * Someone arrived while a round is going: when they have not had their turn
 * and are not still to come, they join the end of it.
 */
export function takeLateComer(round: RoundState, participantId: string, now: number): RoundState {
  if (round.status !== 'going') return round
  const stillToCome = round.order.slice(round.current)
  if (round.done.includes(participantId) || stillToCome.includes(participantId)) return round
  // Appended, never moved: the positions already gone by must stay where they are.
  return { ...round, order: [...round.order, participantId], changedAt: now }
}
