import { useEffect, useState } from 'react'
import { react, type Editor } from 'tldraw'
import { Role } from '@wesee/shared'
import { useCurrentEditor } from '../../board/currentEditor.ts'
import { useNarrowScreen } from '../../layout/phoneView.ts'
import { text } from '../../text.ts'
import { useBoardSession } from '../BoardSession.ts'
import { backToGroupRequests } from '../following/backToGroupRequests.ts'
import { useGroupView, type GroupView } from '../following/useGroupView.ts'
import { useGuideAnnouncements } from '../following/useGuideAnnouncements.ts'
import type { Padding } from '../following/viewGeometry.ts'
import { ViewNotice } from '../following/ViewNotice.tsx'
import './stages.css'
import { StageBar } from './StageBar.tsx'
import { StepPrompt } from './StepPrompt.tsx'
import { useStageMoves } from './useStageMoves.ts'
import { useStageShortcuts } from './useStageShortcuts.ts'

// Our panels sit in their own regions around the board, so only tldraw's
// tool bar along the bottom of the canvas needs room left clear.
const bottomClear = 72
const sideClear = 16
const padding = (): Padding => ({ top: sideClear, right: sideClear, bottom: bottomClear, left: sideClear })

/**
 * The top region of the board: where the group is (the stage bar), the
 * current step's prompt on one line (a tap shows all of it), whose view
 * this is, and "Back to the group". The facilitator's moves are in the
 * session panel along the bottom.
 */
export function StagePanel() {
  const editor = useCurrentEditor()
  const session = useBoardSession()
  const { control, participantId } = session
  const isFacilitator = session.role === Role.Facilitator
  // Folded to one line, so the board keeps its room; a tap shows the whole question.
  const [showWholePrompt, setPromptOpen] = useState(false)
  const narrow = useNarrowScreen()

  const view = useGroupView(editor, control, participantId, padding)
  useRefitWhenBoardResizes(editor, view)
  useBackToGroupRequests(view)
  useGuideAnnouncements(control, participantId)
  const moves = useStageMoves()
  useStageShortcuts(editor, isFacilitator, moves.go)

  const stagesOnBoard = control?.stages ?? []
  const stage = control?.stage ?? null
  const hasStages = stagesOnBoard.length > 0

  return (
    <div className="stage-panel">
      {/* On a phone the folded prompt already says which step is now; the bar comes with "Show all". */}
      {hasStages && (showWholePrompt || !stage || !narrow) && (
        <StageBar
          stagesOnBoard={stagesOnBoard}
          current={stage}
          language={session.language}
          onChoose={isFacilitator ? moves.choose : undefined}
        />
      )}
      {stage ? (
        <div className="step-prompt-row">
          <StepPrompt stage={stage} collapsed={!showWholePrompt} boardLanguage={session.language} />
          <button
            type="button"
            className="button prompt-toggle"
            aria-expanded={showWholePrompt}
            aria-controls="step-prompt"
            onClick={() => setPromptOpen(!showWholePrompt)}
          >
            {showWholePrompt ? text.layout.hidePrompt : text.layout.showPrompt}
          </button>
        </div>
      ) : (
        hasStages && (
          <p className="stage-waiting">{isFacilitator ? text.stages.chooseStart : text.stages.notStarted}</p>
        )
      )}
      <ViewNotice view={view} />
    </div>
  )
}

/** Takes this person back to the group's step whenever something on the page asks. */
function useBackToGroupRequests(view: GroupView): void {
  const { backToGroup } = view
  useEffect(() => {
    let seen = backToGroupRequests.get()
    return react('back to the group asked', () => {
      const count = backToGroupRequests.get()
      if (count === seen) return
      seen = count
      backToGroup()
    })
  }, [backToGroup])
}

/**
 * When the board region changes size because a panel opened or closed (a
 * vote, a wrapped prompt), a person who was looking at the group's step
 * sees all of it again, fitted to the new size.
 */
function useRefitWhenBoardResizes(editor: Editor | null, view: GroupView): void {
  const { withGroup, mode, backToGroup } = view
  useEffect(() => {
    if (!editor || !withGroup || mode === 'leading') return
    let last = editor.getViewportScreenBounds().clone()
    let timer: ReturnType<typeof setTimeout> | undefined
    const stop = react('board size', () => {
      const now = editor.getViewportScreenBounds()
      if (Math.abs(now.w - last.w) < 2 && Math.abs(now.h - last.h) < 2) return
      last = now.clone()
      clearTimeout(timer)
      timer = setTimeout(() => backToGroup({ instant: true }), 150)
    })
    return () => {
      stop()
      clearTimeout(timer)
    }
  }, [editor, withGroup, mode, backToGroup])
}
