import type * as Y from 'yjs'
import { formatDocName } from '@wesee/shared'
import type { FacilitationService } from '../facilitation/FacilitationService.ts'
import type { ControlState } from '../facilitation/controlState.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import { openPrivateDocs, writersIn } from './privateCounts.ts'
import { countPrivateNotes } from './privateNotes.ts'
import { logger } from '../logging/logger.ts'

/**
 * Keeps "3 people are writing" true without trusting anyone's browser:
 * whenever a private doc changes, the server counts the notes it holds. Only
 * the number of people with a note goes into the control doc (everyone
 * reads it); one person's count is never written anywhere others can read,
 * and the facilitator asks for those (`GET /api/boards/:id/private/status`).
 */
export class PrivateNoteCounter {
  /** Private docs with a count waiting to be checked (one per burst of edits). */
  private readonly pending = new Set<string>()
  /** Whether each private doc had a note at its last count, to recount writers only when that flips. */
  private readonly hadNotes = new Map<string, boolean>()

  constructor(
    private readonly registry: RoomRegistry,
    private readonly facilitation: FacilitationService,
  ) {
    registry.onRoomLoaded((room, doc) => {
      if (doc.kind !== 'private') return
      // A doc loaded afresh is counted afresh at its first change.
      this.hadNotes.delete(formatDocName(doc))
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
      // A throw here would end the process: nothing in a doc may do that.
      try {
        const hasNotes = countPrivateNotes(doc) > 0
        if (this.hadNotes.get(name) === hasNotes) return
        this.hadNotes.set(name, hasNotes)
      } catch (error) {
        logger.error({ err: error, doc: name }, 'could not count the notes in a private doc')
        return
      }
      this.recountWriters(boardId).catch((error: unknown) =>
        logger.warn({ err: error }, 'could not update the number of people writing'),
      )
    })
  }

  private async recountWriters(boardId: string): Promise<void> {
    const people = await this.facilitation.withControl(boardId, (control) =>
      control.allParticipants().map((person) => person.id),
    )
    const docs = await openPrivateDocs((name) => this.registry.open(name), boardId, people)
    await this.facilitation.withControl(boardId, (control) => writeWriters(control, writersIn(docs)))
  }
}

/** Writes how many people are writing, when private writing has ever started and the number changed. */
export function writeWriters(control: ControlState, writers: number): void {
  const section = control.get('privateWriting')
  if (!section || section.writers === writers) return
  control.transact(() => control.set('privateWriting', { ...section, writers }))
}
