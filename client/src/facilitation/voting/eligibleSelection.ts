import type { Editor } from 'tldraw'
import type { VoteState } from '@wesee/shared'

/** The one selected note, when it is part of the vote; otherwise null. */
export function selectedVoteNote(editor: Editor | null, vote: VoteState | null): string | null {
  if (!editor || !vote) return null
  const selected = editor.getSelectedShapeIds()
  if (selected.length !== 1) return null
  const [id] = selected
  return id && vote.shapeIds.includes(id) ? id : null
}
