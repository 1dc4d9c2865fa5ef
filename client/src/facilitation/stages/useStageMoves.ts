import { useCallback, useEffect, useRef } from 'react'
import type { StageState, StageStep } from '@wesee/shared'
import { useBoardSession } from '../BoardSession.ts'
import { useCommand } from '../useCommand.ts'
import { neighbourStep } from './stageNavigation.ts'

type StepRef = Pick<StageState, 'stage' | 'step'>

/** The facilitator's moves through the stages: to a chosen step, or the next or previous one. */
export function useStageMoves() {
  const { control } = useBoardSession()
  const { send, problem } = useCommand()
  const current = control?.stage ?? null
  const stagesOnBoard = control?.stages

  // The step last asked for, until the control doc catches up: three quick
  // presses of Page Down move three steps, not one step three times.
  const asked = useRef<StepRef | null>(null)
  useEffect(() => {
    if (asked.current && current?.stage === asked.current.stage && current.step === asked.current.step) {
      asked.current = null
    }
  }, [current])
  // Moves go out one after another, in the order they were asked for.
  const queue = useRef<Promise<unknown>>(Promise.resolve())

  const choose = useCallback(
    (step: Pick<StageStep, 'stage' | 'id'>) => {
      asked.current = { stage: step.stage, step: step.id }
      queue.current = queue.current.then(async () => {
        const done = await send({ type: 'stage.set', stage: step.stage, step: step.id })
        if (!done) asked.current = null
      })
    },
    [send],
  )

  const go = useCallback(
    (direction: 1 | -1) => {
      const step = neighbourStep(stagesOnBoard ?? [], asked.current ?? current, direction)
      if (step) choose(step)
    },
    [stagesOnBoard, current, choose],
  )

  const from = asked.current ?? current
  const hasNext = neighbourStep(stagesOnBoard ?? [], from, 1) !== null
  const hasPrevious = neighbourStep(stagesOnBoard ?? [], from, -1) !== null
  return { choose, go, hasNext, hasPrevious, problem }
}
