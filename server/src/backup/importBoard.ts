import { createHash } from 'node:crypto'
import { nanoid } from 'nanoid'
import {
  backupShapeLimits,
  boardBackupSchema,
  checkJsonShape,
  decodeWith,
  ErrorReason,
  formatDocName,
  serializedBoardSchema,
  type BackupControl,
  type ControlSections,
  type Limits,
} from '@wesee/shared'
import type { UploadStore } from '../storage/UploadStore.ts'
import { sizeOverLimits } from '../assets/imageLimits.ts'
import { inspectImage, type ImageInfo } from '../assets/inspectImage.ts'
import { newBoardId, newBoardKeys } from '../auth/secrets.ts'
import { uniqueJoinCode } from '../boards/createBoard.ts'
import { DomainError } from '../errors/DomainError.ts'
import type { NewBoard, BoardStore, VersionRow } from '../storage/BoardStore.ts'
import { contentUpdate, controlUpdate } from '../versions/versionSnapshot.ts'
import { uploadedImageHashes } from './backupImages.ts'
import { checkBackupRecords } from './checkBackupRecords.ts'
import { importedControl } from './importControl.ts'
import { stageOfControl } from '../versions/versionStage.ts'

/**
 * Brings a backup file in as a new board. Everything is checked before
 * anything is written: the file's outline, every record (checkBackupRecords),
 * every picture (its bytes must be an image of the type and hash the file
 * claims, within the upload limits), and every picture a record points to
 * must be in the file or already on this server. The board, its docs and
 * versions are then created in one transaction; if saving a picture fails
 * afterwards the board is removed again, so a refused file leaves nothing.
 */
export async function importBoard(
  deps: {
    store: BoardStore
    assets: UploadStore
    limits: Pick<Limits, 'maxUploadBytes' | 'maxImageSide' | 'maxImagePixels'>
  },
  body: unknown,
): Promise<NewBoard> {
  // Before any schema or validator walks the file (they recurse): a hostile
  // shape gets plain words, never a crash.
  const shape = checkJsonShape(body, backupShapeLimits)
  if (shape === 'too_deep') {
    throw DomainError.because(ErrorReason.BackupTooDeep)
  }
  if (shape === 'too_many_items') {
    throw DomainError.because(ErrorReason.BackupTooManyThings, {
      max: backupShapeLimits.maxItems.toLocaleString('en-GB'),
    })
  }
  // An outline the schema names no reason for: the file is not a backup.
  const decoded = decodeWith(boardBackupSchema, body, ErrorReason.BackupNotABoard)
  if (!decoded.ok) throw DomainError.fromDecoded(decoded)
  const backup = decoded.value

  const records = checkBackupRecords(backup.records, backup.schema, (detail) =>
    DomainError.because(ErrorReason.BackupBoardBroken, undefined, detail),
  )
  const versions = (backup.versions ?? []).map((version, i) => ({
    version,
    records: checkBackupRecords(version.records, version.schema, (detail) =>
      DomainError.because(ErrorReason.BackupVersionBroken, { number: i + 1 }, detail),
    ),
  }))

  const images = new Map<string, { bytes: Uint8Array; image: ImageInfo }>()
  for (const entry of backup.images) {
    const bytes = new Uint8Array(Buffer.from(entry.data, 'base64'))
    const checked = checkImage(bytes, entry, deps.limits)
    if ('problem' in checked) throw DomainError.because(checked.problem)
    images.set(entry.hash, { bytes, image: checked.image })
  }
  const needed = uploadedImageHashes([...records, ...versions.flatMap((v) => v.records)])
  for (const hash of needed) {
    if (!images.has(hash) && !(await deps.store.assets.getAsset(hash))) {
      throw DomainError.because(ErrorReason.BackupPictureMissing)
    }
  }

  const joinCode = await uniqueJoinCode(deps.store)
  const control = importedControl(backup.control, joinCode)
  const { joining, lock, tools } = control.state as Pick<ControlSections, 'joining' | 'lock' | 'tools'>
  const board: NewBoard = {
    id: newBoardId(),
    title: backup.board.title,
    template: backup.board.template,
    createdAt: Date.parse(backup.board.createdAt),
    archived: backup.board.archived,
    ...newBoardKeys(),
    joinCode,
    joiningOpen: joining.open,
    locked: lock.locked,
    drawing: tools.drawing,
  }
  const schema = serializedBoardSchema()
  const versionRows: VersionRow[] = versions.map(({ version, records: versionRecords }) => {
    const versionControl = importedControl(version.control)
    return {
      id: nanoid(12),
      boardId: board.id,
      createdAt: Date.parse(version.createdAt),
      trigger: version.trigger,
      name: version.name,
      stage: stageOfControl(versionControl.state),
      content: contentUpdate(versionRecords, schema),
      control: controlFrom(versionControl),
    }
  })
  await deps.store.boards.createBoardWithVersions(
    board,
    [
      { doc: formatDocName({ boardId: board.id, kind: 'content' }), update: contentUpdate(records, schema) },
      { doc: formatDocName({ boardId: board.id, kind: 'control' }), update: controlFrom(control) },
    ],
    versionRows,
  )
  try {
    for (const { bytes, image } of images.values()) await deps.assets.save(board.id, bytes, image)
  } catch (error) {
    await deps.store.boards.deleteBoard(board.id)
    await deps.assets.removeUnused()
    throw error
  }
  return board
}

function controlFrom(control: BackupControl): Uint8Array {
  return controlUpdate(control.state, control.participants)
}

/** The same checks as an upload (by the bytes, within the limits), plus the hash the file claims. */
function checkImage(
  bytes: Uint8Array,
  entry: { hash: string; mimeType: string },
  limits: Pick<Limits, 'maxUploadBytes' | 'maxImageSide' | 'maxImagePixels'>,
): { image: ImageInfo } | { problem: ErrorReason } {
  if (bytes.byteLength > limits.maxUploadBytes) return { problem: ErrorReason.BackupPictureTooBig }
  const check = inspectImage(bytes)
  if (!check.ok) return { problem: ErrorReason.BackupPictureBroken }
  // Not the kind the file says, or not the picture its fingerprint names: broken as far as the file goes.
  if (check.image.mimeType !== entry.mimeType) return { problem: ErrorReason.BackupPictureBroken }
  if (sizeOverLimits(check.frames, limits)) return { problem: ErrorReason.BackupPictureTooBig }
  if (createHash('sha256').update(bytes).digest('hex') !== entry.hash) {
    return { problem: ErrorReason.BackupPictureBroken }
  }
  return { image: check.image }
}
