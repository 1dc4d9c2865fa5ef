import {
  formatDocName,
  isNoteShape,
  readControlSection,
  serializedBoardSchema,
  shapeAuthorId,
  type ParticipantProfile,
  type ShapeLike,
  type TLRecord,
} from '@wesee/shared'
import { newBoardId, newBoardKeys } from '../auth/secrets.ts'
import { uploadedImageHashes } from '../backup/backupImages.ts'
import { seedControlUpdate } from '../facilitation/controlState.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { BoardRow, NewBoard, BoardStore } from '../storage/BoardStore.ts'
import { contentUpdate } from '../versions/versionSnapshot.ts'
import {
  readContentVersion,
  readControlVersion,
  snapshotContent,
  snapshotControl,
} from '../versions/versionSnapshot.ts'
import { uniqueJoinCode } from './createBoard.ts'

/**
 * Makes a fresh board from another board's layout: its frames, prompts,
 * pictures and stages, with nobody joined, no votes and no versions. With
 * `withNotes`, everything on the board comes along; without, people's notes
 * and whatever participants added are left behind (the template's starter
 * notes stay). Uploaded pictures that come along are linked to the new
 * board, so deleting the old one does not take them away.
 */
export async function duplicateBoard(
  deps: { store: BoardStore; registry: RoomRegistry },
  source: BoardRow,
  options: { title: string; withNotes: boolean },
): Promise<NewBoard> {
  const contentRoom = await deps.registry.open(formatDocName({ boardId: source.id, kind: 'content' }))
  const controlRoom = await deps.registry.open(formatDocName({ boardId: source.id, kind: 'control' }))
  const { records } = readContentVersion(snapshotContent(contentRoom.doc))
  const control = readControlVersion(snapshotControl(controlRoom.doc))
  const people = control.participants as Record<string, ParticipantProfile>
  const kept = options.withNotes ? records : layoutOnly(records, people)
  const board: NewBoard = {
    id: newBoardId(),
    title: options.title,
    template: source.template,
    createdAt: Date.now(),
    archived: false,
    ...newBoardKeys(),
    joinCode: await uniqueJoinCode(deps.store),
    joiningOpen: true,
    locked: false,
    // The copy keeps the control doc's kept sections, the drawing tools' choice among them.
    drawing: source.drawing,
  }
  const stages = readControlSection(control.state.stages, 'stages')
  await deps.store.boards.createBoardWithVersions(
    board,
    [
      {
        doc: formatDocName({ boardId: board.id, kind: 'content' }),
        update: contentUpdate(kept, serializedBoardSchema()),
      },
      {
        doc: formatDocName({ boardId: board.id, kind: 'control' }),
        update: seedControlUpdate({ stages, joining: { open: true, code: board.joinCode } }),
      },
    ],
    [],
  )
  for (const hash of uploadedImageHashes(kept)) {
    const asset = await deps.store.assets.getAsset(hash)
    if (asset) await deps.store.assets.addAsset(board.id, asset)
  }
  return board
}

/** The board without people's contributions: no notes but starter notes, nothing participants made. */
function layoutOnly(records: readonly TLRecord[], people: Record<string, ParticipantProfile>): TLRecord[] {
  const removed = new Set<string>()
  for (const record of records) {
    if (record.typeName !== 'shape') continue
    const shape = record as unknown as ShapeLike
    const author = shapeAuthorId(shape)
    const byParticipant = author !== null && people[author]?.isFacilitator !== true
    const fromPrivateWriting =
      record.meta.privateWriting === true || record.meta.privateWritingColumn === true
    const peoplesNote = isNoteShape(shape) && !record.id.startsWith('shape:starter-')
    if (byParticipant || fromPrivateWriting || peoplesNote) removed.add(record.id)
  }
  // Whatever sat on a removed shape goes with it.
  let grew = true
  while (grew) {
    grew = false
    for (const record of records) {
      if (record.typeName === 'shape' && !removed.has(record.id) && removed.has(record.parentId)) {
        removed.add(record.id)
        grew = true
      }
    }
  }
  const shapes = records.filter((record) => record.typeName !== 'shape' || !removed.has(record.id))
  const usedAssets = new Set(
    shapes.flatMap((record) =>
      record.typeName === 'shape' && typeof (record.props as { assetId?: unknown }).assetId === 'string'
        ? [(record.props as { assetId: string }).assetId]
        : [],
    ),
  )
  return shapes.filter((record) => {
    if (record.typeName === 'asset') return usedAssets.has(record.id)
    if (record.typeName === 'binding') return !removed.has(record.fromId) && !removed.has(record.toId)
    return true
  })
}
