import { useEffect } from 'react'
import type { Editor } from 'tldraw'
import type { VoteState } from '@wesee/shared'
import { announce } from '../../a11y/announce.ts'
import { text } from '../../text.ts'
import { selectedVoteNote } from './eligibleSelection.ts'
import type { MyBallot } from './useMyBallot.ts'

/** The vote shortcuts, shown to people in the vote panel. */
export const voteShortcut = { vote: 'Alt+V', takeBack: 'Alt+Shift+V', code: 'KeyV' } as const

/**
 * Alt+V votes for the selected note; Alt+Shift+V takes a vote back. Only
 * while a vote is open: tldraw uses Alt+V (align) and Alt+Shift+V (stretch)
 * for several shapes at once, and gets them back as soon as the vote ends.
 * Typing in a note or a field is left alone.
 */
export function useVoteShortcut(editor: Editor | null, vote: VoteState | null, ballot: MyBallot): void {
  const active = vote?.status === 'open' && ballot.canVote
  const { cast, retract } = ballot
  useEffect(() => {
    if (!active || !editor) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.code !== voteShortcut.code || !event.altKey || event.ctrlKey || event.metaKey) return
      const target = event.target as HTMLElement | null
      if (editor.getEditingShapeId() !== null) return
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return
      event.preventDefault()
      event.stopPropagation()
      const shapeId = selectedVoteNote(editor, vote)
      if (!shapeId) {
        announce(text.voting.selectANote)
        return
      }
      void (event.shiftKey ? retract(shapeId) : cast(shapeId))
    }
    window.addEventListener('keydown', onKeyDown, { capture: true })
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true })
  }, [active, editor, vote, cast, retract])
}
