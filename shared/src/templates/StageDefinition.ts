import type { StageId, StepIdOf } from './stageIds.ts'

/**
 * A small picture shown beside words: an OpenMoji hexcode, served by WeSee
 * at `/pictures/<id>.svg`, and the name a screen reader says for it.
 */
export interface Picture {
  id: string
  name: string
}

/** One step of a stage as it is written down: it becomes one frame on the board. */
export interface StepDefinition<S extends StageId = StageId> {
  id: StepIdOf<S>
  /** The frame's title, e.g. "What do I see?". */
  title: string
  /** One line in plain words saying what to do here. */
  prompt: string
  picture: Picture
  /** Notes the frame starts with, which the group may change or remove. */
  starterNotes?: readonly string[]
}

/**
 * A stage of the co-production cycle, as data. The board's frames are built
 * from this (buildTemplateRecords.ts); nothing about a stage is hand-placed.
 */
export interface StageDefinition<S extends StageId = StageId> {
  id: S
  title: string
  /** One plain sentence, shown in the template picker. */
  description: string
  picture: Picture
  /** Words shown in every frame of the stage, under the prompt. */
  guidance?: string
  steps: readonly StepDefinition<S>[]
}
