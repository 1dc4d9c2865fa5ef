import {
  buildTemplateRecords,
  createBaseRecords,
  defaultBoardSettings,
  formatDocName,
  templateStages,
  type BoardLanguage,
  type TemplateId,
} from '@wesee/shared'
import { newBoardId, newJoinCode, newBoardKeys } from '../auth/secrets.ts'
import { seedContentUpdate } from '../rooms/contentDoc.ts'
import { seedControlUpdate } from '../facilitation/controlState.ts'
import type { NewBoard, BoardStore } from '../storage/BoardStore.ts'

/**
 * Creates a board: its row, its keys, a join code no other board has, and
 * the first state of its docs: the template's frames in the content doc and
 * the stages they belong to in the control doc. All in one transaction, so a
 * board exists whole or not at all.
 */
export async function createBoard(
  store: BoardStore,
  input: { title: string; template: TemplateId; timeZone?: string; language?: BoardLanguage },
): Promise<NewBoard> {
  const board: NewBoard = {
    id: newBoardId(),
    title: input.title,
    template: input.template,
    createdAt: Date.now(),
    archived: false,
    ...newBoardKeys(),
    joinCode: await uniqueJoinCode(store),
    joiningOpen: true,
    locked: false,
    drawing: true,
  }
  // The template's words are written in the board's language from the start.
  const language = input.language ?? defaultBoardSettings.language
  const content = seedContentUpdate([
    ...createBaseRecords(),
    ...buildTemplateRecords(input.template, undefined, language),
  ])
  const control = seedControlUpdate({
    stages: [...templateStages(input.template)],
    // Joining starts open, so the projector can show the code from the start.
    joining: { open: true, code: board.joinCode },
  })
  await store.boards.createBoard(board, [
    { doc: formatDocName({ boardId: board.id, kind: 'content' }), update: content },
    { doc: formatDocName({ boardId: board.id, kind: 'control' }), update: control },
  ])
  // The board's times are written in the time zone of whoever made it, and
  // its words in their language, until they choose others.
  if (input.timeZone || input.language) {
    await store.settings.saveBoardSettings(board.id, {
      ...defaultBoardSettings,
      timeZone: input.timeZone ?? defaultBoardSettings.timeZone,
      language,
    })
  }
  return board
}

/** A join code no board has yet. */
export async function uniqueJoinCode(store: BoardStore): Promise<string> {
  // 23^6 ≈ 148 million codes: a clash is rare, so a few tries always suffice.
  for (let attempt = 0; attempt < 20; attempt++) {
    const code = newJoinCode()
    if (!(await store.boards.isJoinCodeTaken(code))) return code
  }
  throw new Error('Could not find a free join code')
}
