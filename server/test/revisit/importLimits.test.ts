import { expect, test } from 'vitest'
import type { BoardBackup, CreatedBoard } from '@wesee/shared'
import { expectApiError, requestJson } from '../helpers/api.ts'
import { connectControl, createBoardFrom } from '../helpers/stageCommands.ts'
import { sqliteOnly, startTestServer, type TestServer } from '../helpers/testServer.ts'
import { countRows } from './revisitHelpers.ts'

function importBackup(server: TestServer, body: unknown) {
  return requestJson(`${server.url}/api/boards/import`, {
    rawBody: typeof body === 'string' ? body : JSON.stringify(body),
  })
}

async function exportOf(server: TestServer, board: CreatedBoard): Promise<BoardBackup> {
  const response = await requestJson(`${server.url}/api/boards/${board.id}/export`, {
    key: board.keys.facilitator,
  })
  expect(response.status).toBe(200)
  return response.body as BoardBackup
}

const hugeList = () => new Array<number>(300_000).fill(0)
/** Lists nested `depth` deep, as text (building it as a value would be as deep). */
const deepText = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)

sqliteOnly(
  'a huge list or very deep nesting anywhere in a file gets plain words, never a 500, and the server carries on',
  async () => {
    const server = await startTestServer({ limits: { maxBoardsPerIpPerMinute: 1000 } })
    const good = await exportOf(server, await createBoardFrom(server, 'exploration'))
    const before = countRows(server.dataDir)
    const note = good.records[0] as Record<string, unknown>
    const withState = (extra: Record<string, unknown>) => ({
      ...good,
      control: { ...good.control, state: { ...good.control.state, ...extra } },
    })
    const goodText = JSON.stringify(good)

    const tooMany = /list of more than 50,000 things/
    const refusals: Array<[string, string, number, string, RegExp]> = [
      [
        '300,000 items in a section',
        JSON.stringify(withState({ junk: hugeList() })),
        413,
        'too_large',
        tooMany,
      ],
      [
        '300,000 items in a known section',
        JSON.stringify(withState({ voteResults: hugeList() })),
        413,
        'too_large',
        tooMany,
      ],
      ['300,000 records', JSON.stringify({ ...good, records: hugeList() }), 413, 'too_large', tooMany],
      ['300,000 pictures', JSON.stringify({ ...good, images: hugeList() }), 413, 'too_large', tooMany],
      [
        '300,000 items in a note',
        JSON.stringify({
          ...good,
          records: [...good.records, { ...note, id: 'shape:x', props: hugeList() }],
        }),
        413,
        'too_large',
        tooMany,
      ],
      [
        'lists 100,000 deep in a section',
        goodText.replace('"state":{', `"state":{"deep":${deepText(100_000)},`),
        400,
        'bad_request',
        /nested too deeply/,
      ],
      [
        'lists 100,000 deep in a record',
        goodText.replace(
          '"records":[',
          `"records":[{"id":"shape:deep","typeName":"shape","props":${deepText(100_000)}},`,
        ),
        400,
        'bad_request',
        /nested too deeply/,
      ],
      ['a file that is one deep list', deepText(100_000), 400, 'bad_request', /nested too deeply/],
    ]
    for (const [what, body, status, code, message] of refusals) {
      const response = await importBackup(server, body)
      const error = expectApiError(response, status, code)
      expect(error.error.message, what).toMatch(message)
      expect(countRows(server.dataDir), what).toEqual(before)
    }

    // Still serving, and a good file still comes in.
    expect((await requestJson(`${server.url}/healthz`)).status).toBe(200)
    expect((await importBackup(server, good)).status).toBe(201)
  },
)

test('a section an import keeps must pass its schema; sections the server owns are started fresh', async () => {
  const server = await startTestServer({ limits: { maxBoardsPerIpPerMinute: 1000 } })
  const good = await exportOf(server, await createBoardFrom(server, 'exploration'))
  const withState = (extra: Record<string, unknown>) => ({
    ...good,
    control: { ...good.control, state: { ...good.control.state, ...extra } },
  })
  const malformed: Array<[string, Record<string, unknown>]> = [
    ['a lock that is not yes or no', { lock: { locked: 'yes', changedAt: 0 } }],
    ['joining without open', { joining: { code: 'ABCDEF' } }],
    [
      'a step that does not exist',
      {
        stage: {
          stage: 'exploration',
          step: 'party',
          frameId: 'shape:x',
          title: '',
          prompt: '',
          changedAt: 0,
        },
      },
    ],
    [
      'vote results with made-up counts',
      { voteResults: [{ id: 'v', title: 'T', tally: { notes: 'lots' } }] },
    ],
    [
      'vote results with a script for a count',
      {
        voteResults: [
          {
            id: 'v',
            title: 'T',
            anonymous: true,
            votesPerPerson: 3,
            startedAt: 0,
            endedAt: 1,
            voterCount: '<script>',
            tally: { notes: [], totalVotes: 0 },
          },
        ],
      },
    ],
  ]
  for (const [what, state] of malformed) {
    const error = expectApiError(await importBackup(server, withState(state)), 400, 'bad_request')
    expect(error.error.message, what).toBe('The session part of the file is not right.')
  }

  // The live session in a file (even a broken one) never comes along; unknown sections are left out.
  const past = {
    id: 'old-vote-id',
    title: 'What do we see now?',
    anonymous: true,
    votesPerPerson: 3,
    startedAt: 1,
    endedAt: 2,
    voterCount: 1,
    tally: { notes: [{ shapeId: 'shape:n1', text: 'More buses', votes: 1, rank: 1 }], totalVotes: 1 },
  }
  const response = await importBackup(
    server,
    withState({
      vote: { id: 'old-vote-id', status: 'open', junk: true },
      timer: { status: 'running', endsAt: 1 },
      follow: { following: true, leaderId: 'someone', changedAt: 5 },
      summon: { count: 9 },
      privateWriting: { active: true, counts: { someone: 4 } },
      versionRestored: { versionId: 'x' },
      voteResults: [past],
      madeUp: { anything: 1 },
      lock: { locked: true, changedAt: 7 },
    }),
  )
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  const board = response.body as CreatedBoard
  const control = await connectControl(server, board, board.keys.viewer)
  const snapshot = control.snapshot()
  expect(snapshot).toMatchObject({
    vote: null,
    timer: null,
    summon: null,
    privateWriting: null,
    versionRestored: null,
    follow: { following: false, leaderId: null },
    lock: { locked: true, changedAt: 7 },
    joining: { open: true, code: board.joinCode },
  })
  // Finished results are the group's work: kept, under a new id.
  expect(snapshot.voteResults).toHaveLength(1)
  expect(snapshot.voteResults[0]).toMatchObject({ ...past, id: expect.any(String) })
  expect(snapshot.voteResults[0]!.id).not.toBe('old-vote-id')
  const raw = JSON.stringify(control.client.doc.toJSON())
  expect(raw).not.toContain('old-vote-id')
  expect(raw).not.toContain('madeUp')
  expect(raw).not.toContain('someone')
})
