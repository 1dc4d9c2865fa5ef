import { findStage, type StageId, type StageState, type StageStep } from '@wesee/shared'

/** Every step on this board, stage by stage, in the order the group goes through them. */
export function stepsOnBoard(stagesOnBoard: readonly StageId[]): StageStep[] {
  return stagesOnBoard.flatMap((id) => findStage(id).steps)
}

/**
 * The step next to the current one (`direction` 1 = next, -1 = previous),
 * across stages. With no step yet, "next" is the first step. Null past
 * either end, or when the board has no stages.
 */
export function neighbourStep(
  stagesOnBoard: readonly StageId[],
  current: Pick<StageState, 'stage' | 'step'> | null,
  direction: 1 | -1,
): StageStep | null {
  const steps = stepsOnBoard(stagesOnBoard)
  const index = current ? steps.findIndex((s) => s.stage === current.stage && s.id === current.step) : -1
  if (index === -1) return direction === 1 ? (steps[0] ?? null) : null
  return steps[index + direction] ?? null
}

/** True when `step` is the group's current step. */
export function isCurrentStep(step: StageStep, current: Pick<StageState, 'stage' | 'step'> | null): boolean {
  return current !== null && current.stage === step.stage && current.step === step.id
}
