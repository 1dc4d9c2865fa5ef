import type { TLShapeId } from '@tldraw/tlschema'
import { templateIds, type TemplateId } from '../templateIds.ts'
import { embedding } from './embedding.ts'
import { engagement } from './engagement.ts'
import { experimentation } from './experimentation.ts'
import { exploration } from './exploration.ts'
import { boardT, type BoardT } from '../i18n/boardWords.ts'
import { sourceLanguage, type BoardLanguage } from '../i18n/boardLanguage.ts'
import type { Picture, StageDefinition, StepDefinition } from './StageDefinition.ts'
import { isStepOf, stageIds, stepFrameId, type StageId, type StepId } from './stageIds.ts'

/** The four stages as written, by id. */
export const stageDefinitions: { readonly [S in StageId]: StageDefinition<S> } = {
  engagement,
  exploration,
  experimentation,
  embedding,
}

/** A step as the stage bar shows it: its definition in one language, its stage and its frame. */
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

/** A stage as the stage bar and template picker show it, in one language. */
export interface Stage {
  id: StageId
  title: string
  description: string
  picture: Picture
  guidance: string | null
  steps: readonly StageStep[]
}

/**
 * A card of "Label:" lines in a language, e.g. the small tries' "We'll try:
 * / Who: / By when: / We'll know it worked when:".
 */
function cardText(t: BoardT, prefix: string, labels: readonly string[]): string {
  return labels.map((label) => `${t(`${prefix}.card.${label}`)}:`).join('\n')
}

function toStage<S extends StageId>(definition: StageDefinition<S>, language: BoardLanguage): Stage {
  const t = boardT(language)
  const at = `stages.${definition.id}`
  return {
    id: definition.id,
    title: t(`${at}.title`),
    description: t(`${at}.description`),
    picture: { id: definition.pictureId, name: t(`${at}.picture`) },
    guidance: definition.hasGuidance ? t(`${at}.guidance`) : null,
    steps: definition.steps.map((step) => {
      const stepAt = `${at}.steps.${step.id}`
      return {
        id: step.id,
        stage: definition.id,
        title: t(`${stepAt}.title`),
        prompt: t(`${stepAt}.prompt`),
        picture: { id: step.pictureId, name: t(`${stepAt}.picture`) },
        starterNotes: [
          ...(step.starterNotes ?? []).map((key) => t(`${stepAt}.starterNotes.${key}`)),
          ...(step.card ? [cardText(t, stepAt, step.card)] : []),
        ],
        frameId: stepFrameId(definition.id, step.id),
      }
    }),
  }
}

/** The labels of a step's card in a language (the small tries' "We'll try", "Who", …), by key. */
export function cardLabels(stage: StageId, step: StepId, language: BoardLanguage): Record<string, string> {
  const definition = (stageDefinitions[stage].steps as readonly StepDefinition[]).find((s) => s.id === step)
  const t = boardT(language)
  return Object.fromEntries(
    (definition?.card ?? []).map((label) => [label, t(`stages.${stage}.steps.${step}.card.${label}`)]),
  )
}

const stagesByLanguage = new Map<BoardLanguage, readonly Stage[]>()

/** The co-production cycle, stage by stage, in order, in a board's language. */
export function stagesIn(language: BoardLanguage): readonly Stage[] {
  let found = stagesByLanguage.get(language)
  if (!found) {
    found = stageIds.map((id) => toStage(stageDefinitions[id], language))
    stagesByLanguage.set(language, found)
  }
  return found
}

/** The co-production cycle in English, the catalogues' source language. */
export const stages: readonly Stage[] = stagesIn(sourceLanguage)

/** The stage with this id, in a board's language (English when not said). */
export function findStage(id: StageId, language: BoardLanguage = sourceLanguage): Stage {
  return stagesIn(language).find((stage) => stage.id === id)!
}

/** One step of a stage, or undefined when the stage has no such step. */
export function findStep(
  stage: StageId,
  step: string,
  language: BoardLanguage = sourceLanguage,
): StageStep | undefined {
  if (!isStepOf(stage, step)) return undefined
  return findStage(stage, language).steps.find((candidate) => candidate.id === step)
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

/** The pictures of the two templates that are not one stage. */
const otherTemplates = {
  blank: { pictureId: '1F4C4', stages: [] as readonly StageId[] },
  'full-cycle': { pictureId: '1F504', stages: stageIds },
} as const

function templateInfo(id: TemplateId, language: BoardLanguage): TemplateInfo {
  if (id === 'blank' || id === 'full-cycle') {
    const t = boardT(language)
    const { pictureId, stages } = otherTemplates[id]
    return {
      id,
      title: t(`templates.${id}.title`),
      description: t(`templates.${id}.description`),
      picture: { id: pictureId, name: t(`templates.${id}.picture`) },
      stages,
    }
  }
  const stage = findStage(id, language)
  return { id, title: stage.title, description: stage.description, picture: stage.picture, stages: [id] }
}

/** Every template, in the order the picker offers them, in a language. */
export function templatesIn(language: BoardLanguage): readonly TemplateInfo[] {
  return templateIds.map((id) => templateInfo(id, language))
}

/** Every template in English. */
export const templates: readonly TemplateInfo[] = templatesIn(sourceLanguage)

/** The stages a template lays out, left to right. */
export function templateStages(id: TemplateId): readonly StageId[] {
  return templates.find((template) => template.id === id)?.stages ?? []
}
