import { findStage, type StageId, type StageState, type StageStep } from '@wesee/shared'
import { text } from '../../text.ts'
import { isCurrentStep } from './stageNavigation.ts'

/**
 * Where the group is: the stages on this board and, inside the current
 * one, its steps (I see → you see → we see). The current step says "Now"
 * in words and has a heavier outline and an arrow, never colour alone, and
 * `aria-current="step"`. The facilitator's steps are buttons (`onChoose`);
 * everyone else sees the same bar, read-only.
 */
export function StageBar({
  stagesOnBoard,
  current,
  onChoose,
}: {
  stagesOnBoard: readonly StageId[]
  current: StageState | null
  onChoose?: (step: StageStep) => void
}) {
  return (
    <nav className="stage-bar" aria-label={text.stages.barLabel} data-testid="stage-bar">
      <ol className="stage-list">
        {stagesOnBoard.map((stageId) => {
          const stage = findStage(stageId)
          const isCurrentStage = current?.stage === stageId
          // One stage on the board: always open. Several: the current one opens.
          const showSteps = isCurrentStage || stagesOnBoard.length === 1
          const first = stage.steps[0]
          return (
            <li key={stageId} className={isCurrentStage ? 'stage-item stage-item-current' : 'stage-item'}>
              {onChoose && !showSteps && first ? (
                <button
                  type="button"
                  className="stage-name stage-name-button"
                  onClick={() => onChoose(first)}
                >
                  {stage.title}
                  <span className="stage-step-count">{text.stages.stepCount(stage.steps.length)}</span>
                </button>
              ) : (
                <span className="stage-name">{stage.title}</span>
              )}
              {showSteps && (
                <ol className="step-list">
                  {stage.steps.map((step, index) => (
                    <StepItem
                      key={step.id}
                      step={step}
                      number={index + 1}
                      isCurrent={isCurrentStep(step, current)}
                      onChoose={onChoose}
                    />
                  ))}
                </ol>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
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
        {isCurrent ? '▶' : number}
      </span>
      <span className="step-title">{step.title}</span>
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
