import { useId } from 'react'
import { findStage, findStep, pictureUrl, type BoardLanguage, type StageState } from '@wesee/shared'
import { useText } from '../../i18n/wordsInLanguage.tsx'

/**
 * The group's current step in big, plain words: its picture, its question
 * and what to do. The board shows it near the top; the projector in large
 * type for the back of the room.
 *
 * With a `language` (the projector) the step's title and prompt are read
 * from the board catalogue in that language, so the projector follows the
 * board's language as soon as it changes and can show the same step in a
 * second language; without, they are the words the control doc carries.
 */
export function StepPrompt({
  stage,
  large = false,
  collapsed = false,
  language,
  boardLanguage,
  second = false,
}: {
  stage: StageState
  large?: boolean
  /** One line on the board's top region (the words are all there for screen readers). */
  collapsed?: boolean
  language?: BoardLanguage
  /** Without a `language` (on the board): the board's language, for the stage's guidance line. */
  boardLanguage?: BoardLanguage
  /** The second language of a bilingual projector: the same step, set apart below the first. */
  second?: boolean
}) {
  const text = useText()
  const headingId = useId()
  // The board's own prompt keeps the id the page's focus helpers look for; the projector's are its own.
  const titleId = large ? headingId : 'step-prompt-title'
  const step = findStep(stage.stage, stage.step, language)
  const guidance = findStage(stage.stage, language ?? boardLanguage).guidance
  const title = language && step ? step.title : stage.title
  const prompt = language && step ? step.prompt : stage.prompt
  return (
    <section
      id={large ? undefined : 'step-prompt'}
      className={[
        'step-prompt',
        large && 'step-prompt-large',
        collapsed && 'step-prompt-collapsed',
        second && 'step-prompt-second',
      ]
        .filter(Boolean)
        .join(' ')}
      aria-labelledby={titleId}
      data-testid={second ? 'step-prompt-second' : 'step-prompt'}
    >
      {step && !second && <img className="step-prompt-picture" src={pictureUrl(step.picture.id)} alt="" />}
      <div className="step-prompt-words">
        <h2 id={titleId} className="step-prompt-title">
          <span className="now-badge">{text.stages.now}</span>
          <span className="visually-hidden">:</span> <bdi>{title}</bdi>
        </h2>
        <p className="step-prompt-text" dir="auto">
          {prompt}
        </p>
        {guidance && <p className="step-prompt-guidance">{guidance}</p>}
      </div>
    </section>
  )
}
