import type { StageId, StepIdOf } from './stageIds.ts'

/**
 * A small picture shown beside words: an OpenMoji hexcode, served by WeSee
 * at `/pictures/<id>.svg`, and the name a screen reader says for it.
 */
export interface Picture {
  id: string
  name: string
}

/**
 * One step of a stage as it is written down: it becomes one frame on the
 * board. Its words (title, prompt, picture's name, starter notes) are in the
 * `board` catalogue under `stages.<stage>.steps.<step>`, so a board is built
 * in its own language.
 */
export interface StepDefinition<S extends StageId = StageId> {
  id: StepIdOf<S>
  /** The OpenMoji hexcode of the step's picture. */
  pictureId: string
  /** Notes the frame starts with, which the group may change or remove: keys under `starterNotes`. */
  starterNotes?: readonly string[]
  /**
   * A card to copy, one "Label:" line for each key under `card` (the small
   * tries' four questions); the summary reads the answers back by these labels.
   */
  card?: readonly string[]
}

/**
 * A stage of the co-production cycle, as data. The board's frames are built
 * from this (buildTemplateRecords.ts); nothing about a stage is hand-placed.
 * Its words are in the `board` catalogue under `stages.<stage>`.
 */
export interface StageDefinition<S extends StageId = StageId> {
  id: S
  pictureId: string
  /** True when every frame of the stage shows the stage's `guidance` under the prompt. */
  hasGuidance?: boolean
  steps: readonly StepDefinition<S>[]
}
