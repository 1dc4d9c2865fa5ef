import { ErrorReason, findStage, findStep, formatDocName, Role, VersionTrigger } from '@wesee/shared'
import { appendStage, hasStageFrames } from '../../boards/appendStage.ts'
import { DomainError } from '../../errors/DomainError.ts'
import { saveVersion } from '../../versions/saveVersion.ts'
import type { CommandHandler } from '../CommandContext.ts'

const facilitatorOnly = [Role.Facilitator] as const

/** Moves the group to a step; clients bring every view to the step's frame. */
export const stageSet: CommandHandler<'stage.set'> = {
  roles: facilitatorOnly,
  async run(ctx, command) {
    const stage = findStage(command.stage)
    const step = command.step === undefined ? stage.steps[0] : findStep(stage.id, command.step)
    if (!step) {
      const steps = stage.steps.map((candidate) => `"${candidate.title}"`).join(', ')
      throw DomainError.because(ErrorReason.StepNotInStage, { stage: stage.title, steps })
    }
    if (!ctx.control.get('stages').includes(stage.id)) {
      throw DomainError.because(ErrorReason.StageNotOnBoard, { stage: stage.title })
    }
    // Everyone sees where the group is in the board's language (the refusals above stay English, for logs).
    const inLanguage =
      findStep(stage.id, step.id, (await ctx.store.settings.boardSettings(ctx.board.id)).language) ?? step
    ctx.control.transact(() =>
      ctx.control.set('stage', {
        stage: stage.id,
        step: step.id,
        frameId: step.frameId,
        title: inLanguage.title,
        prompt: inLanguage.prompt,
        changedAt: ctx.now(),
      }),
    )
    // A restore point at every stage change (docs/revisit.md).
    await saveVersion(ctx, ctx.board.id, VersionTrigger.Stage, inLanguage.title)
  },
}

/**
 * Adds a stage's frames to the right of what is on the board. Refused when
 * its frames are already there; a stage whose frames were all removed can be
 * added again.
 */
export const stageAdd: CommandHandler<'stage.add'> = {
  roles: facilitatorOnly,
  async run(ctx, command) {
    const stage = findStage(command.stage)
    const content = await ctx.openDoc(formatDocName({ boardId: ctx.board.id, kind: 'content' }))
    // Checked and written with no await between, so two facilitators adding
    // the same stage at once cannot both succeed.
    if (hasStageFrames(content.doc, stage.id)) {
      throw DomainError.because(ErrorReason.StageAlreadyOnBoard, { stage: stage.title })
    }
    // A stage added later is written in the board's language as it is now.
    appendStage(content.doc, stage.id, (await ctx.store.settings.boardSettings(ctx.board.id)).language)
    const onBoard = ctx.control.get('stages')
    if (!onBoard.includes(stage.id))
      ctx.control.transact(() => ctx.control.set('stages', [...onBoard, stage.id]))
    return { frameIds: stage.steps.map((step) => step.frameId) }
  },
}
