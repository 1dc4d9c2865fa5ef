import { expect, test } from 'vitest'
import {
  controlStateMapName,
  participantsMapName,
  type BoardBackup,
  type CreatedBoard,
  type MyVotes,
} from '@wesee/shared'
import { expectApiError, requestJson } from '../helpers/api.ts'
import { connectControl, createBoardFrom, joinAs, sendCommand } from '../helpers/stageCommands.ts'
import type { TestServer } from '../helpers/testServer.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { votingBoard } from '../helpers/voting.ts'

/**
 * The attack from the review: someone with only board A's viewer key (the
 * projector link) copies A's `vote` section and its people into a backup of
 * a board of their own, imports it, and, as facilitator of the new board B,
 * tries to read, take back and cast A's ballots. Nothing of A is reachable
 * and A's ballots are unchanged.
 */
test('an imported copy of another board’s vote reaches none of its ballots', async () => {
  const server = await startTestServer()
  const a = await votingBoard(server)
  const [pat, sam] = [await a.join('Pat'), await a.join('Sam')]
  await a.command({ type: 'vote.start', anonymous: false, results: 'live' })
  await a.as(pat, { type: 'vote.cast', shapeId: a.notes[0] })
  await a.as(pat, { type: 'vote.cast', shapeId: a.notes[1] })
  await a.as(sam, { type: 'vote.cast', shapeId: a.notes[2] })
  const patBefore = (await a.mine(pat)).body as MyVotes
  const voteId = patBefore.voteId!
  const ballotsBefore = await server.server.store.ballots.ballotsOfVote(a.board.id, voteId)
  expect(ballotsBefore).toHaveLength(3)

  // The attacker reads A's control doc with the viewer key: the vote, its id, and the people.
  const spy = await connectControl(server, a.board, a.board.keys.viewer)
  const seenState = spy.client.doc.getMap(controlStateMapName).toJSON() as Record<string, unknown>
  const seenPeople = spy.client.doc
    .getMap(participantsMapName)
    .toJSON() as BoardBackup['control']['participants']
  expect((seenState.vote as { id: string }).id).toBe(voteId)

  // They make a board of their own, export it, and put A's vote section and people into the file.
  const own = await createBoardFrom(server, 'exploration')
  const file = await exportOf(server, own)
  const crafted: BoardBackup = {
    ...file,
    control: {
      state: {
        ...file.control.state,
        vote: seenState.vote,
        voteResults: [{ ...(seenState.vote as object), endedAt: Date.now() }],
      },
      participants: { ...file.control.participants, ...seenPeople },
    },
  }
  const imported = await requestJson(`${server.url}/api/boards/import`, { body: crafted })
  expect(imported.status, JSON.stringify(imported.body)).toBe(201)
  const b = imported.body as CreatedBoard

  // B has no vote: the import started the live session fresh.
  const bControl = await connectControl(server, b, b.keys.viewer)
  expect(bControl.snapshot().vote).toBeNull()
  expect(JSON.stringify(bControl.client.doc.toJSON())).not.toContain(voteId)

  // As B's facilitator: read, take back and cast "for" Pat and Sam.
  const fran = await joinAs(server, b, b.keys.facilitator, 'Attacker')
  const asB = (command: Record<string, unknown>) =>
    sendCommand(server, b, b.keys.facilitator, command, fran.token)
  const forPat = await requestJson(`${server.url}/api/boards/${b.id}/votes/mine?for=${pat.participantId}`, {
    key: b.keys.facilitator,
  })
  expect(forPat.status).toBe(200)
  expect(forPat.body).toMatchObject({ voteId: null, votes: {}, votesLeft: 0 })
  for (const person of [pat, sam]) {
    for (const shapeId of a.notes) {
      const proxy = { shapeId, onBehalfOf: person.participantId, consentConfirmed: true }
      expectApiError(await asB({ type: 'vote.retract', ...proxy }), 409, 'conflict')
      expectApiError(await asB({ type: 'vote.cast', ...proxy }), 409, 'conflict')
    }
  }

  // A's ballots are exactly as they were, and Pat still sees their own votes.
  expect(await server.server.store.ballots.ballotsOfVote(a.board.id, voteId)).toEqual(ballotsBefore)
  expect((await a.mine(pat)).body).toEqual(patBefore)
  expect(a.board.id).not.toBe(b.id)
})

test('even a board whose control doc holds another board’s vote id reads only its own ballots', async () => {
  // As an import on an older WeSee could have left it: B's vote section carries A's vote id.
  const server = await startTestServer()
  const a = await votingBoard(server)
  const pat = await a.join('Pat')
  await a.command({ type: 'vote.start' })
  await a.as(pat, { type: 'vote.cast', shapeId: a.notes[0] })
  const aVote = (await a.control()).snapshot().vote!
  const before = await server.server.store.ballots.ballotsOfVote(a.board.id, aVote.id)

  const b = await votingBoard(server)
  await server.server.facilitation.withControl(b.board.id, (control) =>
    control.transact(() => control.set('vote', { ...aVote, shapeIds: b.notes })),
  )
  const facilitatorOwn = await b.mine(b.facilitator, '', b.board.keys.facilitator)
  expect(facilitatorOwn.body).toMatchObject({ voteId: aVote.id, votes: {}, votesLeft: 3 })
  const bPerson = await b.join('Bea')
  expect((await b.mine(bPerson)).body).toMatchObject({ votes: {}, votesLeft: 3 })
  expectApiError(await b.as(bPerson, { type: 'vote.retract', shapeId: b.notes[0] }), 409, 'conflict')
  expect((await b.as(bPerson, { type: 'vote.cast', shapeId: b.notes[0] })).status).toBe(200)
  // The vote count on B counts B's ballot only; A is untouched.
  expect((await b.control()).snapshot().vote?.voterCount).toBe(1)
  expect(await server.server.store.ballots.ballotsOfVote(a.board.id, aVote.id)).toEqual(before)
  expect(await server.server.store.ballots.ballotsOfVote(b.board.id, aVote.id)).toHaveLength(1)
})

async function exportOf(server: TestServer, board: CreatedBoard): Promise<BoardBackup> {
  const response = await requestJson(`${server.url}/api/boards/${board.id}/export`, {
    key: board.keys.facilitator,
  })
  expect(response.status).toBe(200)
  return response.body as BoardBackup
}
