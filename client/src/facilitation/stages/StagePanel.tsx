import { useCallback, useRef } from 'react'
import { Role } from '@wesee/shared'
import { useCurrentEditor } from '../../board/currentEditor.ts'
import { text } from '../../text.ts'
import { useBoardSession } from '../BoardSession.ts'
import { GroupViewButtons } from '../following/GroupViewButtons.tsx'
import { useGroupView } from '../following/useGroupView.ts'
import { useGuideAnnouncements } from '../following/useGuideAnnouncements.ts'
import type { Padding } from '../following/viewGeometry.ts'
import { ViewNotice } from '../following/ViewNotice.tsx'
import './stages.css'
import { StageBar } from './StageBar.tsx'
import { StepPrompt } from './StepPrompt.tsx'
import { useStageMoves } from './useStageMoves.ts'
import { nextStepKey, previousStepKey, useStageShortcuts } from './useStageShortcuts.ts'

// At least room for tldraw's tool bar along the bottom.
const bottomClear = 96
const sideClear = 16

/**
 * The top of the board: where the group is (the stage bar), the current
 * step's prompt, whose view this is, and "Back to the group". The
 * facilitator also gets the controls that move the group.
 */
export function StagePanel() {
  const editor = useCurrentEditor()
  const session = useBoardSession()
  const { control, participantId } = session
  const isFacilitator = session.role === Role.Facilitator
  const panel = useRef<HTMLDivElement>(null)

  // Frames are fitted between this panel and the tool bars along the bottom,
  // so the prompt and the buttons never hide them.
  const padding = useCallback((): Padding => {
    const screen = editor?.getViewportScreenBounds()
    if (!screen) return { top: sideClear, right: sideClear, bottom: bottomClear, left: sideClear }
    const panelBottom = panel.current?.getBoundingClientRect().bottom ?? screen.y
    const toolbarTop = document.querySelector('.board-toolbar')?.getBoundingClientRect().top
    return {
      top: Math.max(panelBottom - screen.y + 16, sideClear),
      right: sideClear,
      bottom:
        toolbarTop === undefined ? bottomClear : Math.max(screen.y + screen.h - toolbarTop + 8, bottomClear),
      left: sideClear,
    }
  }, [editor])

  const view = useGroupView(editor, control, participantId, padding)
  useGuideAnnouncements(control, participantId)
  const moves = useStageMoves()
  useStageShortcuts(editor, isFacilitator, moves.go)

  const stagesOnBoard = control?.stages ?? []
  const stage = control?.stage ?? null
  const hasStages = stagesOnBoard.length > 0

  return (
    <div className="stage-panel" ref={panel}>
      {hasStages && (
        <StageBar
          stagesOnBoard={stagesOnBoard}
          current={stage}
          onChoose={isFacilitator ? moves.choose : undefined}
        />
      )}
      {stage ? (
        <StepPrompt stage={stage} />
      ) : (
        hasStages && (
          <p className="stage-waiting">{isFacilitator ? text.stages.chooseStart : text.stages.notStarted}</p>
        )
      )}
      {isFacilitator && (
        <div className="guide-controls" role="group" aria-label={text.stages.guideLabel}>
          {hasStages && (
            <>
              <button
                type="button"
                className="button"
                aria-disabled={!moves.hasPrevious}
                aria-keyshortcuts={previousStepKey}
                onClick={() => moves.go(-1)}
              >
                <span aria-hidden="true">◀</span>
                {text.stages.previous}
                <kbd>{text.stages.previousKey}</kbd>
              </button>
              <button
                type="button"
                className="button"
                aria-disabled={!moves.hasNext}
                aria-keyshortcuts={nextStepKey}
                onClick={() => moves.go(1)}
              >
                {text.stages.next}
                <span aria-hidden="true">▶</span>
                <kbd>{text.stages.nextKey}</kbd>
              </button>
            </>
          )}
          <GroupViewButtons editor={editor} />
          {moves.problem && (
            <p className="message message-problem" role="alert">
              {moves.problem}
            </p>
          )}
        </div>
      )}
      <ViewNotice view={view} />
    </div>
  )
}
