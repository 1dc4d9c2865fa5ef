import type { CreatedBoard, JoinedBoard, MyVotes, VoteState } from '@wesee/shared'
import { expect } from 'vitest'
import { requestJson, type JsonResponse } from './api.ts'
import { connectControl, createBoardFrom, joinAs, sendCommand, type ControlClient } from './stageCommands.ts'
import { connectClient, testNote, type TestRecord } from './syncClient.ts'
import type { TestServer } from './testServer.ts'

/** The frame of "What do we see now?" on an exploration board. */
export const weSeeFrame = 'shape:frame-exploration-we-see'
export const iSeeFrame = 'shape:frame-exploration-i-see'

/** A sticky note as tldraw writes it, inside `parentId`. */
export function noteIn(parentId: string, id: string, words: string, x = 0, y = 0): TestRecord {
  return testNote({ id: `shape:${id}`, parentId, index: 'a5', x, y, text: words })
}

export interface VotingBoard {
  board: CreatedBoard
  facilitator: JoinedBoard
  /** Notes in "What do we see now?", top to bottom. */
  notes: string[]
  /** A note in "What do I see?", outside any vote on the we-see frame. */
  outsideNote: string
  command(command: Record<string, unknown>, token?: string | null): Promise<JsonResponse>
  /** Sends a participant's command with the participant key and their token. */
  as(person: JoinedBoard, command: Record<string, unknown>): Promise<JsonResponse>
  join(name: string): Promise<JoinedBoard>
  control(key?: string): Promise<ControlClient>
  mine(person: JoinedBoard | null, query?: string, key?: string): Promise<JsonResponse>
}

/**
 * An exploration board with the group on "What do we see now?", four notes
 * in that frame and one in "What do I see?", and a joined facilitator.
 */
export async function votingBoard(server: TestServer): Promise<VotingBoard> {
  const board = await createBoardFrom(server, 'exploration')
  const facilitator = await joinAs(server, board, board.keys.facilitator, 'Fran')
  const content = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  await content.waitSynced()
  const words = ['More buses', 'Cheaper tickets', 'Kind drivers', 'Step-free stops']
  content.doc.transact(() => {
    words.forEach((text, i) =>
      content.kv.set(`shape:we-${i + 1}`, noteIn(weSeeFrame, `we-${i + 1}`, text, 100, 400 + i * 10)),
    )
    content.kv.set('shape:i-1', noteIn(iSeeFrame, 'i-1', 'Long waits', 100, 400))
  })
  await content.roundTrip()
  content.destroy()
  const moved = await sendCommand(server, board, board.keys.facilitator, {
    type: 'stage.set',
    stage: 'exploration',
    step: 'we-see',
  })
  expect(moved.status).toBe(200)
  return {
    board,
    facilitator,
    notes: words.map((_, i) => `shape:we-${i + 1}`),
    outsideNote: 'shape:i-1',
    command: (command, token = facilitator.token) =>
      sendCommand(server, board, board.keys.facilitator, command, token ?? undefined),
    as: (person, command) => sendCommand(server, board, board.keys.participant, command, person.token),
    join: (name) => joinAs(server, board, board.keys.participant, name),
    control: (key = board.keys.participant) => connectControl(server, board, key),
    mine: (person, query = '', key = board.keys.participant) =>
      requestJson(`${server.url}/api/boards/${board.id}/votes/mine${query}`, {
        key,
        headers: person ? { 'x-participant-token': person.token } : {},
      }),
  }
}

/** The vote section of a command's answer. */
export function voteOf(response: JsonResponse): VoteState {
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  const vote = (response.body as { state: { vote: VoteState | null } }).state.vote
  if (!vote) throw new Error('The answer has no vote')
  return vote
}

/** The sender's own votes in a cast or retract answer. */
export function mineOf(response: JsonResponse): MyVotes {
  expect(response.status, JSON.stringify(response.body)).toBe(200)
  return (response.body as { mine: MyVotes }).mine
}
