import * as Y from 'yjs'
import {
  controlStateMapName,
  initialControlSections,
  participantsMapName,
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

  get<K extends keyof ControlSections>(section: K): ControlSections[K] {
    return (this.state.get(section) as ControlSections[K] | undefined) ?? initialControlSections[section]
  }

  /** Reads a section that a later feature owns (typed by the caller). */
  getSection<T>(section: string): T | undefined {
    return this.state.get(section) as T | undefined
  }

  setSection(section: string, value: unknown): void {
    this.state.set(section, value)
  }

  set<K extends keyof ControlSections>(section: K, value: ControlSections[K]): void {
    this.state.set(section, value)
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
