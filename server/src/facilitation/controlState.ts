import * as Y from 'yjs'
import {
  controlSectionSchemas,
  controlStateMapName,
  decodeWith,
  initialControlSections,
  participantsMapName,
  readControlSection,
  type ControlSections,
  type ParticipantProfile,
} from '@wesee/shared'
import { serverOrigin } from '../rooms/contentDoc.ts'

/** The first state of a new board's control doc; `sections` override the defaults. */
export function seedControlUpdate(sections: Partial<ControlSections> = {}): Uint8Array {
  const doc = new Y.Doc()
  doc.transact(() => {
    const state = doc.getMap(controlStateMapName)
    for (const [section, value] of Object.entries({ ...initialControlSections, ...sections })) {
      state.set(section, value)
    }
  }, serverOrigin)
  const update = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return update
}

/** Typed access to a control doc, for server code only. */
export class ControlState {
  constructor(readonly doc: Y.Doc) {}

  private get state(): Y.Map<unknown> {
    return this.doc.getMap(controlStateMapName)
  }

  private get participants(): Y.Map<ParticipantProfile> {
    return this.doc.getMap<ParticipantProfile>(participantsMapName)
  }

  /** A section as its schema allows it (its first value when the doc holds something else). */
  get<K extends keyof ControlSections>(section: K): ControlSections[K] {
    return readControlSection(this.state.get(section), section)
  }

  /**
   * Writes a section, checked against its schema first: the server never
   * puts anything into the control doc that its readers would refuse.
   */
  set<K extends keyof ControlSections>(section: K, value: ControlSections[K]): void {
    const checked = decodeWith(controlSectionSchemas[section], value)
    if (!checked.ok) throw new Error(`The server tried to write a ${section} section its schema refuses`)
    this.state.set(section, checked.value)
  }

  participant(id: string): ParticipantProfile | undefined {
    return this.participants.get(id)
  }

  allParticipants(): ParticipantProfile[] {
    return [...this.participants.values()]
  }

  putParticipant(profile: ParticipantProfile): void {
    this.participants.set(profile.id, profile)
  }

  /** Runs `change` as one server transaction: one update, stored then broadcast. */
  transact(change: () => void): void {
    this.doc.transact(change, serverOrigin)
  }
}
