import { isStageId, type StageId } from '@wesee/shared'

/**
 * The stage a control doc's sections say the group is in, or null before
 * any stage began (or on a board without stages). Read leniently: it only
 * decides which versions retention keeps together.
 */
export function stageOfControl(state: Record<string, unknown>): StageId | null {
  const section = state.stage
  if (typeof section !== 'object' || section === null) return null
  const stage = (section as { stage?: unknown }).stage
  return isStageId(stage) ? stage : null
}
