import { findStage, type BoardLanguage, type StageId, type StageState, type StageStep } from '@wesee/shared'
import { text } from '../../text.ts'
import { isCurrentStep } from './stageNavigation.ts'
import { Icon } from '../../icons/Icon.tsx'

/**
 * Where the group is: the stages on this board (when there is more than
 * one) and the steps of the current stage (I see → you see → we see). The
 * current step says "Now" in words and has a heavier outline and an arrow,
 * never colour alone, and `aria-current="step"`. The facilitator's stages
 * and steps are buttons (`onChoose`); everyone else sees the same bar,
 * read-only. Its stages and steps are named in the board's language, as the
 * step's prompt is (the words the group shares), not the person's.
 */
export function StageBar({
  stagesOnBoard,
  current,
  language,
  onChoose,
}: {
  stagesOnBoard: readonly StageId[]
  current: StageState | null
  language: BoardLanguage
  onChoose?: (step: StageStep) => void
}) {
  // One stage on the board: its steps always show. Several: the current one's.
  const openStage =
    stagesOnBoard.length === 1 ? stagesOnBoard[0] : stagesOnBoard.find((id) => id === current?.stage)
  const open = openStage ? findStage(openStage, language) : null
  return (
    <nav className="stage-bar" aria-label={text.stages.barLabel} data-testid="stage-bar">
      {stagesOnBoard.length > 1 && (
        <ol className="stage-list">
          {stagesOnBoard.map((stageId) => (
            <StageItem
              key={stageId}
              stageId={stageId}
              language={language}
              isCurrent={stageId === current?.stage}
              onChoose={onChoose}
            />
          ))}
        </ol>
      )}
      {open && (
        <div className={stagesOnBoard.length > 1 ? 'step-row step-row-under-stages' : 'step-row'}>
          <span className="stage-name" id="open-stage-name" dir="auto">
            {open.title}
          </span>
          <ol className="step-list" aria-labelledby="open-stage-name">
            {open.steps.map((step, index) => (
              <StepItem
                key={step.id}
                step={step}
                number={index + 1}
                isCurrent={isCurrentStep(step, current)}
                onChoose={onChoose}
              />
            ))}
          </ol>
        </div>
      )}
    </nav>
  )
}

function StageItem({
  stageId,
  language,
  isCurrent,
  onChoose,
}: {
  stageId: StageId
  language: BoardLanguage
  isCurrent: boolean
  onChoose?: (step: StageStep) => void
}) {
  const stage = findStage(stageId, language)
  const first = stage.steps[0]
  const content = (
    <>
      <span className="stage-marker" aria-hidden="true">
        <Icon name={isCurrent ? 'open' : 'closed'} />
      </span>
      <bdi>{stage.title}</bdi>
      <span className="visually-hidden">, {text.stages.stepCount(stage.steps.length)}</span>
    </>
  )
  return (
    <li className={isCurrent ? 'stage-item stage-item-current' : 'stage-item'}>
      {onChoose && first && !isCurrent ? (
        <button type="button" className="stage-chip stage-chip-button" onClick={() => onChoose(first)}>
          {content}
        </button>
      ) : (
        <span className="stage-chip">{content}</span>
      )}
    </li>
  )
}

function StepItem({
  step,
  number,
  isCurrent,
  onChoose,
}: {
  step: StageStep
  number: number
  isCurrent: boolean
  onChoose?: (step: StageStep) => void
}) {
  const content = (
    <>
      <span className="step-marker" aria-hidden="true">
        {isCurrent ? <Icon name="next" /> : number}
      </span>
      <span className="step-title" dir="auto">
        {step.title}
      </span>
      {isCurrent && <span className="now-badge">{text.stages.now}</span>}
    </>
  )
  return (
    <li className={isCurrent ? 'step-item step-item-current' : 'step-item'}>
      {onChoose ? (
        <button
          type="button"
          className="step-button"
          aria-current={isCurrent ? 'step' : undefined}
          onClick={() => onChoose(step)}
        >
          {content}
        </button>
      ) : (
        <span className="step-label" aria-current={isCurrent ? 'step' : undefined}>
          {content}
        </span>
      )}
    </li>
  )
}
