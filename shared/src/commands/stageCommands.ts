import * as v from 'valibot'
import { stageIds, stepIds } from '../templates/stageIds.ts'

const stageSchema = v.picklist(
  stageIds,
  'We do not know that stage. Choose Engagement, Exploration, Experimentation or Embedding.',
)

/**
 * Facilitator: move the group to a stage, at `step` (default: its first
 * step). The stage must be on the board; the step must be one of its steps.
 */
export const stageSetCommand = v.object({
  type: v.literal('stage.set'),
  stage: stageSchema,
  step: v.optional(v.picklist(stepIds, 'We do not know that step. Choose one from the stage bar.')),
})

/** Facilitator: add a stage's frames to the right of what is on the board. */
export const stageAddCommand = v.object({ type: v.literal('stage.add'), stage: stageSchema })
