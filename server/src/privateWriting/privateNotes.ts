import type * as Y from 'yjs'
import {
  isPrivateNoteType,
  privatePreferencesMapName,
  shareWithoutNameKey,
  waitingToShareKey,
  type LooseShape,
} from '@wesee/shared'
import { recordsOf, serverOrigin } from '../rooms/contentDoc.ts'

/**
 * Reading and clearing one person's private doc. It has the content doc's
 * layout (tldraw records in a YKeyValue) and was written by its owner's
 * browser, so every record is read defensively.
 */

/** A note in a private doc: its key there, and the record as the writer made it. */
export interface PrivateNote {
  key: string
  record: LooseShape
}

function isNote(value: unknown): value is LooseShape {
  if (typeof value !== 'object' || value === null) return false
  const record = value as { typeName?: unknown; type?: unknown }
  return record.typeName === 'shape' && isPrivateNoteType(record.type)
}

function coordinate(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0
}

/** The notes in a private doc, in reading order: top to bottom, then left to right. */
export function privateNotesOf(doc: Y.Doc): PrivateNote[] {
  const notes: PrivateNote[] = []
  for (const [key, { val }] of recordsOf(doc).map) {
    if (isNote(val)) notes.push({ key, record: val })
  }
  return notes.sort(
    (a, b) =>
      coordinate(a.record.y) - coordinate(b.record.y) ||
      coordinate(a.record.x) - coordinate(b.record.x) ||
      a.key.localeCompare(b.key),
  )
}

/** How many notes a private doc holds (what others may see: a number, never words). */
export function countPrivateNotes(doc: Y.Doc): number {
  let count = 0
  for (const { val } of recordsOf(doc).map.values()) if (isNote(val)) count++
  return count
}

function preferences(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(privatePreferencesMapName)
}

/** True when the owner ticked "Share without my name" (or asked to share that way). */
export function prefersNoName(doc: Y.Doc): boolean {
  return preferences(doc).get(shareWithoutNameKey) === true
}

/**
 * Records how the owner asked to share: without their name, their notes wait
 * for the reveal (`waitingToShare`), so nobody can tell whose they are by
 * when they appeared.
 */
export function recordShareChoice(doc: Y.Doc, withoutName: boolean): void {
  doc.transact(() => {
    preferences(doc).set(shareWithoutNameKey, withoutName)
    preferences(doc).set(waitingToShareKey, withoutName)
  }, serverOrigin)
}

/** Removes notes that are now on the board, and clears the wait for the reveal. */
export function removePrivateNotes(doc: Y.Doc, keys: readonly string[]): void {
  const records = recordsOf(doc)
  doc.transact(() => {
    for (const key of keys) records.delete(key)
    if (preferences(doc).get(waitingToShareKey) === true) preferences(doc).set(waitingToShareKey, false)
  }, serverOrigin)
}
