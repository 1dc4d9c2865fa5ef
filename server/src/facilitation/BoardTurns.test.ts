import { expect, test } from 'vitest'
import { BoardTurns } from './BoardTurns.ts'

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

test('work on one board runs one at a time, in arrival order, even when a turn fails', async () => {
  const turns = new BoardTurns()
  const log: string[] = []
  const step = (name: string, fail = false) =>
    turns.run('board-a', async () => {
      log.push(`${name} start`)
      await tick()
      log.push(`${name} end`)
      if (fail) throw new Error(name)
      return name
    })
  const results = await Promise.allSettled([step('one'), step('two', true), step('three')])
  expect(log).toEqual(['one start', 'one end', 'two start', 'two end', 'three start', 'three end'])
  expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
})

test('different boards do not wait for each other', async () => {
  const turns = new BoardTurns()
  const log: string[] = []
  let release: () => void = () => {}
  const held = turns.run('board-a', () => new Promise<void>((resolve) => (release = resolve)))
  await turns.run('board-b', async () => log.push('b ran'))
  expect(log).toEqual(['b ran'])
  release()
  await held
})
