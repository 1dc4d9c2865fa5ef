import { expect, test } from 'vitest'
import { findStage, forLaterFrameId, stages, templateIds, templateStages } from '@wesee/shared'
import { connectControl, createBoardFrom, framesOf } from '../helpers/stageCommands.ts'
import { connectClient } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'

test.each(templateIds)(
  'a board made from the %s template holds its frames and knows its stages',
  async (template) => {
    const server = await startTestServer()
    const board = await createBoardFrom(server, template)
    const content = connectClient(server.syncUrl, board.id, board.keys.viewer)
    await content.waitSynced()

    const frames = framesOf(content)
    const expected = templateStages(template).flatMap((stage) => findStage(stage).steps)
    // Every template board but the blank one also has its "For later" frame.
    const expectedIds = expected.map((step) => step.frameId as string)
    if (expected.length > 0) expectedIds.push(forLaterFrameId)
    expect(frames.map((frame) => frame.id).sort()).toEqual(expectedIds.sort())
    for (const step of expected) {
      expect(content.kv.get(step.frameId)).toMatchObject({
        parentId: 'page:page',
        props: { name: step.title },
      })
    }
    expect(content.kv.get('page:page')).toBeDefined()

    const control = await connectControl(server, board, board.keys.viewer)
    expect(control.snapshot().stages).toEqual(templateStages(template))
    expect(control.snapshot().stage).toBeNull()
  },
)

test('the full cycle puts every stage on the board, left to right', async () => {
  const server = await startTestServer()
  const board = await createBoardFrom(server, 'full-cycle')
  const content = connectClient(server.syncUrl, board.id, board.keys.viewer)
  await content.waitSynced()
  const firstFrameX = stages.map(
    (stage) => framesOf(content).find((frame) => frame.id === stage.steps[0]!.frameId)!.x,
  )
  expect(firstFrameX).toEqual([...firstFrameX].sort((a, b) => a - b))
  expect(new Set(firstFrameX).size).toBe(4)
})
