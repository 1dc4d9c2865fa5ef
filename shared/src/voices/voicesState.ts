/**
 * Who speaks when, cards held up without speaking, and what the group
 * agreed: the control doc's `hands`, `turn`, `round`, `cards` and
 * `agreements` sections. Only the server writes them, through commands.
 * Nothing here counts how long anyone spoke.
 */

/** One raised hand. The queue is in the order hands went up. */
export interface RaisedHand {
  participantId: string
  raisedAt: number
}

export interface HandsState {
  queue: RaisedHand[]
}

/** Whose turn it is to speak, given by the facilitator (from the hands, or to anyone). */
export interface TurnState {
  participantId: string
  at: number
}

/**
 * A go-round: everyone here, one at a time. `order` is who is in it, in turn;
 * `current` is the position of the person whose turn it is. In the `again`
 * part, people who passed are offered one more turn, once.
 */
export interface RoundState {
  status: 'going' | 'done'
  part: 'first' | 'again'
  prompt: string | null
  order: string[]
  current: number
  /**
   * People whose turn is over: in the first part, who spoke or passed; in the
   * `again` part, who spoke in the first part and who has been asked again.
   */
  done: string[]
  /** People who passed in the first part: they are offered a turn again. */
  passed: string[]
  startedAt: number
  changedAt: number
}

/** Cards shown to everyone: anonymous, so nothing says who held one up. */
export const everyoneCardKinds = ['plain-words', 'slow-down'] as const
/** Cards only the facilitator sees, with who sent them. */
export const facilitatorCardKinds = ['need-a-break', 'need-help'] as const
export const cardKinds = [...everyoneCardKinds, ...facilitatorCardKinds] as const

export type EveryoneCardKind = (typeof everyoneCardKinds)[number]
export type FacilitatorCardKind = (typeof facilitatorCardKinds)[number]
export type CardKind = (typeof cardKinds)[number]

/** The last time each card for everyone was held up, and how many times in all. */
export interface HeldUpCard {
  kind: EveryoneCardKind
  count: number
  at: number
}

export interface CardsState {
  /** The card held up last; clients show it for `cardShownForMs` after `at`. */
  last: HeldUpCard | null
}

/** How long a card for everyone stays on screens. */
export const cardShownForMs = 8_000
/** How often one person may hold up the same card. */
export const cardEveryMs = 15_000

/** A note the group agreed to, copied when the facilitator marked it. */
export interface Agreement {
  shapeId: string
  text: string
  addedAt: number
}

export interface AgreementsState {
  items: Agreement[]
  /** When the facilitator put "Remember what we agreed" on every screen; null when not shown. */
  shownAt: number | null
}

/** Most agreements a board keeps. */
export const maxAgreements = 40

/**
 * A card for the facilitator only ("I need a break", "I need help"), in the
 * facilitator's own doc (`<boardId>/facilitator`), which no other key opens.
 */
export interface HelpRequest {
  id: string
  kind: FacilitatorCardKind
  participantId: string
  at: number
  /** When the facilitator marked it as seen; null until then. */
  seenAt: number | null
}

/** The map in the facilitator doc that holds help requests, by id. */
export const helpRequestsMapName = 'helpRequests'
/** Help requests the facilitator doc keeps; older seen ones go first. */
export const maxHelpRequests = 100

/** "Last time we…": the facilitator put the story so far on the projector and every screen. */
export interface StoryOnScreenState {
  shownAt: number
}
