import { useCurrentEditor } from '../board/currentEditor.ts'
import { useBoardSession } from '../facilitation/BoardSession.ts'
import { GroupViewButtons } from '../facilitation/following/GroupViewButtons.tsx'
import { DrawingToolsButton } from '../facilitation/tools/DrawingToolsButton.tsx'
import { PrivateWritingButtons } from '../facilitation/privateWriting/PrivateWritingButtons.tsx'
import { useStageMoves } from '../facilitation/stages/useStageMoves.ts'
import { nextStepKey, previousStepKey } from '../facilitation/stages/useStageShortcuts.ts'
import { TimerButton } from '../facilitation/timer/TimerButton.tsx'
import { useCommand } from '../facilitation/useCommand.ts'
import { VoteToolbarButtons } from '../facilitation/voting/VoteToolbarButtons.tsx'
import { text } from '../text.ts'
import { Icon } from '../icons/Icon.tsx'
import { RoundButton } from '../facilitation/voices/RoundButton.tsx'
import { StoryOnScreenButton } from '../facilitation/story/StoryOnScreenButton.tsx'

/**
 * The facilitator's session panel, in the bottom region: everything that
 * moves the whole group, side by side — the step, the timer, the vote,
 * private writing, follow and bring everyone here, and pausing editing.
 * The rest (invite, share, versions, people, keys) is in the menus.
 */
export function SessionPanel() {
  const session = useBoardSession()
  const editor = useCurrentEditor()
  const moves = useStageMoves()
  const { send, busy } = useCommand()
  const locked = session.control?.lock.locked ?? false
  const hasStages = (session.control?.stages ?? []).length > 0
  return (
    <div className="session-panel" role="group" aria-label={text.layout.sessionLabel}>
      {hasStages && (
        <>
          <button
            type="button"
            className="button"
            aria-disabled={!moves.hasPrevious}
            aria-keyshortcuts={previousStepKey}
            onClick={() => moves.go(-1)}
          >
            <Icon name="previous" />
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
            <Icon name="next" />
            <kbd>{text.stages.nextKey}</kbd>
          </button>
        </>
      )}
      <TimerButton />
      <VoteToolbarButtons />
      <PrivateWritingButtons />
      <RoundButton />
      <StoryOnScreenButton />
      <GroupViewButtons editor={editor} />
      <DrawingToolsButton />
      <button
        type="button"
        className="button"
        aria-pressed={locked}
        disabled={busy}
        onClick={() => void send({ type: locked ? 'board.unlock' : 'board.lock' })}
      >
        {locked ? text.lock.resume : text.lock.pause}
      </button>
      {moves.problem && (
        <p className="message message-problem" role="alert">
          {moves.problem}
        </p>
      )}
    </div>
  )
}
