import { findStage, findStep, pictureUrl, type StageState } from '@wesee/shared'
import { text } from '../../text.ts'

/**
 * The group's current step in big, plain words: its picture, its question
 * and what to do. The board shows it near the top; the projector in large
 * type for the back of the room.
 */
export function StepPrompt({
  stage,
  large = false,
  collapsed = false,
}: {
  stage: StageState
  large?: boolean
  /** One line on the board's top region (the words are all there for screen readers). */
  collapsed?: boolean
}) {
  const step = findStep(stage.stage, stage.step)
  const guidance = findStage(stage.stage).guidance
  return (
    <section
      id={large ? undefined : 'step-prompt'}
      className={['step-prompt', large && 'step-prompt-large', collapsed && 'step-prompt-collapsed']
        .filter(Boolean)
        .join(' ')}
      aria-labelledby="step-prompt-title"
      data-testid="step-prompt"
    >
      {step && <img className="step-prompt-picture" src={pictureUrl(step.picture.id)} alt="" />}
      <div className="step-prompt-words">
        <h2 id="step-prompt-title" className="step-prompt-title">
          <span className="now-badge">{text.stages.now}</span>
          <span className="visually-hidden">:</span> <bdi>{stage.title}</bdi>
        </h2>
        <p className="step-prompt-text" dir="auto">
          {stage.prompt}
        </p>
        {guidance && <p className="step-prompt-guidance">{guidance}</p>}
      </div>
    </section>
  )
}
