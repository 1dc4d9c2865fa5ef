import type { TLShapeId } from '@tldraw/tlschema'
import { templateIds, type TemplateId } from '../templateIds.ts'
import { embedding } from './embedding.ts'
import { engagement } from './engagement.ts'
import { experimentation } from './experimentation.ts'
import { exploration } from './exploration.ts'
import type { Picture, StageDefinition } from './StageDefinition.ts'
import { isStepOf, stageIds, stepFrameId, type StageId, type StepId } from './stageIds.ts'

/** The four stages as written, by id. */
export const stageDefinitions: { readonly [S in StageId]: StageDefinition<S> } = {
  engagement,
  exploration,
  experimentation,
  embedding,
}

/** A step as the stage bar shows it: its definition, its stage and its frame. */
export interface StageStep {
  id: StepId
  stage: StageId
  title: string
  prompt: string
  picture: Picture
  starterNotes: readonly string[]
  /** The frame this step lives in on the board (stepFrameId). */
  frameId: TLShapeId
}

/** A stage as the stage bar and template picker show it. */
export interface Stage {
  id: StageId
  title: string
  description: string
  picture: Picture
  guidance: string | null
  steps: readonly StageStep[]
}

function toStage<S extends StageId>(definition: StageDefinition<S>): Stage {
  return {
    id: definition.id,
    title: definition.title,
    description: definition.description,
    picture: definition.picture,
    guidance: definition.guidance ?? null,
    steps: definition.steps.map((step) => ({
      id: step.id,
      stage: definition.id,
      title: step.title,
      prompt: step.prompt,
      picture: step.picture,
      starterNotes: step.starterNotes ?? [],
      frameId: stepFrameId(definition.id, step.id),
    })),
  }
}

/** The co-production cycle, stage by stage, in order. */
export const stages: readonly Stage[] = stageIds.map((id) => toStage(stageDefinitions[id]))

const stagesById = new Map(stages.map((stage) => [stage.id, stage]))

/** The stage with this id. */
export function findStage(id: StageId): Stage {
  return stagesById.get(id)!
}

/** One step of a stage, or undefined when the stage has no such step. */
export function findStep(stage: StageId, step: string): StageStep | undefined {
  if (!isStepOf(stage, step)) return undefined
  return findStage(stage).steps.find((candidate) => candidate.id === step)
}

/** A template as the "new board" picker offers it. */
export interface TemplateInfo {
  id: TemplateId
  title: string
  /** One plain sentence. */
  description: string
  picture: Picture
  /** The stages it lays out, left to right. */
  stages: readonly StageId[]
}

const blankTemplate = {
  title: 'Blank',
  description: 'An empty board. Add stages later if you want them.',
  picture: { id: '1F4C4', name: 'Blank page' },
  stages: [],
}

const fullCycleTemplate = {
  title: 'Full cycle',
  description: 'All four stages on one board, from getting to know each other to keeping it going.',
  picture: { id: '1F504', name: 'Arrows going round' },
  stages: stageIds,
}

function templateInfo(id: TemplateId): TemplateInfo {
  if (id === 'blank') return { id, ...blankTemplate }
  if (id === 'full-cycle') return { id, ...fullCycleTemplate }
  const stage = findStage(id)
  return { id, title: stage.title, description: stage.description, picture: stage.picture, stages: [id] }
}

/** Every template, in the order the picker offers them. */
export const templates: readonly TemplateInfo[] = templateIds.map(templateInfo)

/** The stages a template lays out, left to right. */
export function templateStages(id: TemplateId): readonly StageId[] {
  return templates.find((template) => template.id === id)?.stages ?? []
}
