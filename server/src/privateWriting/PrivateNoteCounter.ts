import type * as Y from 'yjs'
import { formatDocName, privateWritingSection, type PrivateWritingState } from '@wesee/shared'
import type { FacilitationService } from '../facilitation/FacilitationService.ts'
import type { ControlState } from '../facilitation/controlState.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import { countPrivateNotes } from './privateNotes.ts'

/**
 * Keeps "Sam is writing… (3 notes)" true without trusting anyone's browser:
 * whenever a private doc changes, the server counts the notes it holds and
 * writes the number — only the number — into the control doc.
 */
export class PrivateNoteCounter {
  /** Private docs with a count waiting to be written (one per burst of edits). */
  private readonly pending = new Set<string>()

  constructor(
    registry: RoomRegistry,
    private readonly facilitation: FacilitationService,
  ) {
    registry.onRoomLoaded((room, doc) => {
      if (doc.kind !== 'private') return
      const recount = () => this.schedule(doc.boardId, doc.participantId, room.doc)
      room.doc.on('update', recount)
    })
  }

  private schedule(boardId: string, participantId: string, doc: Y.Doc): void {
    const name = formatDocName({ boardId, kind: 'private', participantId })
    if (this.pending.has(name)) return
    this.pending.add(name)
    // Count once after a burst of updates (typing sends many), not once per keystroke.
    setImmediate(() => {
      this.pending.delete(name)
      const count = countPrivateNotes(doc)
      this.facilitation
        .withControl(boardId, (control) => writeCount(control, participantId, count))
        .catch((error: unknown) => console.warn('[wesee] could not update a private note count', error))
    })
  }
}

/** Writes one person's count, when private writing has ever started and the number changed. */
export function writeCount(control: ControlState, participantId: string, count: number): void {
  const section = control.getSection<PrivateWritingState | null>(privateWritingSection)
  if (!section) return
  if (section.counts[participantId] === count) return
  control.transact(() =>
    control.setSection(privateWritingSection, {
      ...section,
      counts: { ...section.counts, [participantId]: count },
    }),
  )
}
