import type { ControlSnapshot } from '../controlDoc.ts'
import { stepFrameId } from '../templates/stageIds.ts'

/**
 * Private writing ("What do I see?"): each person writes on their own, in
 * their own private doc (`<boardId>/private/<participantId>`), which only
 * their token opens. The control doc carries only what everyone may know:
 * that it is on, where, and how many people have written something — never
 * words, and never one person's count (the facilitator asks for those with
 * `GET /api/boards/:id/private/status`, see PrivateWritingCounts).
 */

/** The control doc section (`state` map key) this feature owns. */
export const privateWritingSection = 'privateWriting'

/** Where private writing happens unless the facilitator chooses a frame. */
export const defaultPrivateFrameId: string = stepFrameId('exploration', 'i-see')

/** Where everyone's notes go at the reveal when writing was in "What do I see?". */
export const defaultRevealFrameId: string = stepFrameId('exploration', 'you-see')

/**
 * The frame the notes are revealed into: "What do you see?" after "What do
 * I see?" (when the board has it), otherwise the frame people wrote in.
 */
export function revealFrameFor(frameId: string, hasFrame: (id: string) => boolean): string {
  if (frameId === defaultPrivateFrameId && hasFrame(defaultRevealFrameId)) return defaultRevealFrameId
  return frameId
}

/**
 * Where the next column of shared notes goes in the reveal frame (frame
 * coordinates). Server bookkeeping, so early shares and the reveal line up
 * side by side without overlapping; it names nobody who shared without a name.
 */
export interface RevealLayout {
  frameId: string
  /** Top of the row of columns being filled. */
  top: number
  /** Lowest edge of anything placed so far. */
  bottom: number
  /** Left edge of the next new column. */
  nextX: number
  /** Named people's columns in the current row, so a second share adds to the same column. */
  columns: Record<string, { x: number; top: number; nextY: number; width: number }>
}

/** The last person who shared their own notes early (for "Sam shared their notes"). */
export interface PrivateShareEvent {
  participantId: string
  notes: number
  at: number
}

/** The `privateWriting` section of the control doc. */
export interface PrivateWritingState {
  /** True while new notes in `frameId` go to each person's private doc. */
  active: boolean
  /** The frame people write in. */
  frameId: string
  /** The frame shared notes are laid out in. */
  revealFrameId: string
  startedAt: number
  stoppedAt: number | null
  /** When the facilitator last shared everyone's notes. */
  revealedAt: number | null
  /**
   * How many people have at least one private note now: a number for
   * everyone, naming nobody. Per-person counts are the facilitator's only
   * (PrivateWritingCounts), so nobody is measured against anyone else.
   */
  writers: number
  /** People who shared their notes with their name (participant id → true). */
  shared: Record<string, true>
  lastShare: PrivateShareEvent | null
  layout: RevealLayout | null
}

/** The private-writing section of a control snapshot, or null before it was first started. */
export function readPrivateWriting(
  snapshot: Pick<ControlSnapshot, 'privateWriting'>,
): PrivateWritingState | null {
  return snapshot.privateWriting ?? null
}

/**
 * `GET /api/boards/:id/private/status` (facilitator only): how many private
 * notes each person has now (participant id → count). Numbers, never words;
 * never sent to anyone but the facilitator.
 */
export interface PrivateWritingCounts {
  counts: Record<string, number>
}

/**
 * The private doc's own settings map (`doc.getMap(privatePreferencesMapName)`),
 * written by its owner and read by the server at the reveal:
 * - `shareWithoutName` (boolean): the "Share without my name" tick;
 * - `waitingToShare` (boolean): set by the server when the person asked to
 *   share without their name, so their notes go out with everyone's.
 */
export const privatePreferencesMapName = 'preferences'
export const shareWithoutNameKey = 'shareWithoutName'
export const waitingToShareKey = 'waitingToShare'

/** Note-like shapes private writing keeps private: tldraw notes and WeSee's picture notes. */
export function isPrivateNoteType(type: unknown): boolean {
  return typeof type === 'string' && /note/i.test(type)
}

/**
 * What a shared note says about who wrote it, in its `meta`. Anonymous notes
 * carry no id, name, picture or time of writing.
 */
export interface SharedNoteMeta {
  /** Marks a note that came from private writing. */
  privateWriting: true
  /** The writer's participant id; null when shared without a name. */
  authorId: string | null
  /** The writer's name when it was shared; null when shared without a name. */
  authorName: string | null
  /** The writer's picture (an avatar id); null when shared without a name. */
  authorAvatar: string | null
  anonymous: boolean
  /** When it went on the board (ms). */
  sharedAt: number
  /** `share`: the writer shared it; `reveal`: the facilitator shared everyone's. */
  sharedBy: 'share' | 'reveal'
}

/** The header of the column that pools notes shared without a name. */
export const anonymousColumnTitle = 'Shared without a name'
/** Its picture (OpenMoji "speech balloon", named "Talking" in the picture library). */
export const anonymousColumnPicture = { id: '1F4AC', name: 'Talking' } as const
