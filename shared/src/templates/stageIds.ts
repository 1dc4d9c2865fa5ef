import { createShapeId, type TLShapeId } from '@tldraw/tlschema'

/**
 * The fixed ids of the Poverty Truth Commission stages and their steps
 * (DESIGN.md, "Templates and stages"). Titles are for people; these ids are
 * for code, links and tests, and never change.
 */
export const stageIds = ['engagement', 'exploration', 'experimentation', 'embedding'] as const

export type StageId = (typeof stageIds)[number]

/** Each stage's steps, in the order the group goes through them. */
export const stageStepIds = {
  engagement: ['welcome', 'how-we-work', 'hopes', 'worries'],
  exploration: ['i-see', 'you-see', 'we-see'],
  experimentation: ['ideas', 'small-tries', 'learned'],
  embedding: ['what-we-learned', 'who-needs-to-know', 'what-will-change', 'keep-going', 'you-said-we-did'],
} as const satisfies Record<StageId, readonly string[]>

/** The step ids of one stage. */
export type StepIdOf<S extends StageId> = (typeof stageStepIds)[S][number]

/** Any step id of any stage. */
export type StepId = StepIdOf<StageId>

/** Every step id, stage by stage. */
export const stepIds: readonly StepId[] = stageIds.flatMap((stage) => stageStepIds[stage])

/** True when `value` names a stage. */
export function isStageId(value: unknown): value is StageId {
  return typeof value === 'string' && (stageIds as readonly string[]).includes(value)
}

/** True when `step` is one of `stage`'s steps. */
export function isStepOf<S extends StageId>(stage: S, step: string): step is StepIdOf<S> {
  return (stageStepIds[stage] as readonly string[]).includes(step)
}

/**
 * The id of the frame a step lives in on the board, e.g.
 * `shape:frame-exploration-i-see`. Stable, so other features (voting,
 * private writing, following) can find a step's frame without searching.
 */
export function stepFrameId<S extends StageId>(stage: S, step: StepIdOf<S>): TLShapeId {
  return createShapeId(`frame-${stage}-${step}`)
}
