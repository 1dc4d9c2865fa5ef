import { expect, test } from 'vitest'
import { findStage, forLaterFrameId, type BoardStory, type CreatedBoard } from '@wesee/shared'
import { expectApiError, requestJson } from '../helpers/api.ts'
import { createBoardFrom, sendCommand } from '../helpers/stageCommands.ts'
import { connectClient } from '../helpers/syncClient.ts'
import { startTestServer, type TestServer } from '../helpers/testServer.ts'
import { authoredNote, joinWith } from './revisitHelpers.ts'

const howWeWork = 'shape:frame-engagement-how-we-work'
const iSee = 'shape:frame-exploration-i-see'
const weSee = 'shape:frame-exploration-we-see'
const smallTries = 'shape:frame-experimentation-small-tries'
const youSaid = 'shape:frame-embedding-you-said-we-did'
const hourMs = 3_600_000

async function storyOf(server: TestServer, board: CreatedBoard, query: string, key = board.keys.viewer) {
  const response = await fetch(`${server.url}/api/boards/${board.id}/story?${query}`, {
    headers: { authorization: `Bearer ${key}` },
  })
  return { response, body: await response.text() }
}

async function storyJson(server: TestServer, board: CreatedBoard, query = '', key?: string) {
  const { response, body } = await storyOf(server, board, `format=json&${query}`, key)
  expect(response.status, body).toBe(200)
  return { story: JSON.parse(body) as BoardStory, body }
}

/**
 * A full-cycle board an hour into a session, on "What do we see now?":
 * Annabel agreed to be credited, Bartholomew did not. `startedAt` is when
 * the test began; the notes from "an hour ago" were made before it, the
 * new one after.
 */
async function session(server: TestServer) {
  const startedAt = Date.now()
  const old = { createdAt: startedAt - hourMs }
  const board = await createBoardFrom(server, 'full-cycle')
  const ann = await joinWith(server, board, { name: 'Annabel', credit: true })
  const bob = await joinWith(server, board, { name: 'Bartholomew', credit: false })
  const client = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  await client.waitSynced()
  // Each note a row lower than the one before, so reading order is the order written here.
  let row = 0
  const note = (id: string, text: string, author: string, frame: string, meta: object = old) =>
    client.kv.set(`shape:${id}`, {
      ...authoredNote(id, text, author, frame, { ...meta }),
      y: 300 + 10 * row++,
    })
  client.doc.transact(() => {
    note('listen', 'We listen to each other', ann.participantId, howWeWork)
    note('a1', 'More benches at stops', ann.participantId, iSee)
    note('b1', 'Timetables are hard to read', bob.participantId, iSee)
    note('new', 'The lift is broken again', bob.participantId, iSee, { createdAt: startedAt + 1 })
    note('v1', 'Step-free stops', ann.participantId, weSee)
    note('v2', 'Cheaper tickets', bob.participantId, weSee)
    note('v3', 'Kind drivers', ann.participantId, weSee)
    note('v4', 'Later buses', ann.participantId, weSee)
    note('t1', "We'll try: Bus buddies\nWho: the council\nBy when: March", bob.participantId, smallTries)
    note('t2', "We'll try: A bench trial\nWho: Annabel's group\nBy when: May", ann.participantId, smallTries)
    note('y1', 'You said <script>alert("pwned")</script>. We changed it.', ann.participantId, youSaid)
    note('later', 'Parking at the library', bob.participantId, forLaterFrameId)
  })
  await client.roundTrip()
  const key = board.keys.facilitator
  const command = async (body: Record<string, unknown>, token?: string, as = key) => {
    const response = await sendCommand(server, board, as, body, token)
    expect(response.status, JSON.stringify(response.body)).toBe(200)
  }
  await command({ type: 'agreement.add', shapeId: 'shape:listen' })
  await command({ type: 'stage.set', stage: 'exploration', step: 'we-see' })
  // A named vote, so the server knows who voted for what; the story still names nobody who said no.
  await command({ type: 'vote.start', anonymous: false })
  for (const [person, shapeId] of [
    [ann, 'shape:v1'],
    [bob, 'shape:v1'],
    [bob, 'shape:v2'],
    [ann, 'shape:v3'],
    [bob, 'shape:v3'],
    [ann, 'shape:v4'],
  ] as const) {
    await command({ type: 'vote.cast', shapeId }, person.token, board.keys.participant)
  }
  await command({ type: 'vote.reveal' })
  return { board, startedAt }
}

test('the story lists the steps done, our agreements, the top votes, small tries and "For later"', async () => {
  const server = await startTestServer()
  const { board } = await session(server)
  const { story } = await storyJson(server, board)

  // No record of past steps is kept: done is every step up to the one the group is on.
  const expectedSteps = [...findStage('engagement').steps, ...findStage('exploration').steps]
  expect(story.stepsDone.map((step) => step.step)).toEqual(expectedSteps.map((step) => step.id))
  expect(story.stepsDone.map((step) => step.current)).toEqual(expectedSteps.map((_, i) => i === 6))
  const iSeeStep = story.stepsDone.find((step) => step.step === 'i-see')!
  expect(iSeeStep).toMatchObject({
    title: 'What do I see?',
    stageTitle: 'Exploration',
    picture: findStage('exploration').steps[0]!.picture,
    noteCount: 3,
  })
  // The template's own starter notes are not the group's.
  expect(story.stepsDone.find((step) => step.step === 'how-we-work')!.noteCount).toBe(1)

  expect(story.agreements.map((agreement) => agreement.text)).toEqual(['We listen to each other'])
  expect(story.votes).toHaveLength(1)
  expect(story.votes[0]).toMatchObject({ title: 'What do we see now?', voterCount: 2, totalVotes: 6 })
  expect(story.votes[0]!.top).toEqual([
    { text: 'Step-free stops', votes: 2, rank: 1 },
    { text: 'Kind drivers', votes: 2, rank: 1 },
    { text: 'Cheaper tickets', votes: 1, rank: 3 },
  ])
  expect(story.smallTries.map(({ what, who, byWhen }) => ({ what, who, byWhen }))).toEqual([
    { what: 'Bus buddies', who: 'the council', byWhen: 'March' },
    { what: 'A bench trial', who: "Annabel's group", byWhen: 'May' },
  ])
  expect(story.youSaidWeDid.map((card) => card.text)).toEqual([
    'You said <script>alert("pwned")</script>. We changed it.',
  ])
  expect(story.forLater).toMatchObject({ title: 'For later', noteCount: 1 })
  expect(story.since).toBeNull()
})

test('names appear only for people who agreed to be credited, in the JSON and the page', async () => {
  const server = await startTestServer()
  const { board } = await session(server)
  const { story, body: json } = await storyJson(server, board)
  const { body: html } = await storyOf(server, board, 'format=html')
  for (const text of [json, html]) {
    expect(text).toContain('Annabel')
    expect(text).not.toContain('Bartholomew')
  }
  expect(story.credited).toEqual(['Annabel'])
  expect(story.othersCount).toBe(1)
  // Bartholomew's small try is there, without his name.
  expect(story.smallTries.map((card) => card.author)).toEqual([null, 'Annabel'])
})

test('"since" tells what is new: notes made and votes shown after that time', async () => {
  const server = await startTestServer()
  const { board, startedAt } = await session(server)
  const { story } = await storyJson(server, board, `since=${startedAt}`)
  expect(story.since).toEqual({
    since: startedAt,
    steps: [
      {
        stage: 'exploration',
        step: 'i-see',
        title: 'What do I see?',
        picture: findStage('exploration').steps[0]!.picture,
        notes: ['The lift is broken again'],
      },
    ],
    votes: [expect.objectContaining({ title: 'What do we see now?' })],
  })
  expect(story.since!.votes[0]!.shownAt).toBeGreaterThan(startedAt)

  const later = await storyJson(server, board, `since=${Date.now() + hourMs}`)
  expect(later.story.since).toMatchObject({ steps: [], votes: [] })
  const { body: html } = await storyOf(server, board, `format=html&since=${startedAt}`)
  expect(html).toContain('1 new note')
  expect(html).toContain('Results shown: What do we see now?')
})

test('the page is small, picture-first and escapes every word', async () => {
  const server = await startTestServer()
  const { board } = await session(server)
  const { response, body: html } = await storyOf(server, board, 'format=html', board.keys.participant)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^text\/html/)
  const csp = response.headers.get('content-security-policy')
  expect(csp).toContain("default-src 'none'")
  expect(csp).toContain("img-src 'self'")
  expect(html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;')
  expect(html).not.toMatch(/<script/i)
  const eye = findStage('exploration').steps[0]!.picture
  expect(html).toContain(`<img src="/pictures/${eye.id}.svg" alt="${eye.name}">`)
  // Every line of the story starts with its picture (a vote's own top-three list aside).
  const items = html.replace(/<ol>.*?<\/ol>/gs, '').match(/<li[^>]*>(<img)?/g) ?? []
  expect(items.length).toBeGreaterThan(10)
  for (const item of items) expect(item).toBe('<li><img')
  for (const words of [
    'What we have done',
    'Our agreements',
    'What we chose',
    'Our small tries',
    'For later',
  ]) {
    expect(html).toContain(`<h2>${words}</h2>`)
  }
  expect(html).toContain('font-size: 20px')
  // The pictures it names are served by WeSee itself, which the page's policy allows.
  const picture = await fetch(`${server.url}/pictures/${eye.id}.svg`)
  expect(picture.status).toBe(200)
})

test('every key may read the story; a bad "since" or "format" is refused in plain words', async () => {
  const server = await startTestServer()
  const board = await createBoardFrom(server, 'exploration')
  for (const key of Object.values(board.keys)) {
    const { story } = await storyJson(server, board, '', key)
    // Before the facilitator moves the group, no step is done.
    expect(story.stepsDone).toEqual([])
    expect(story.forLater).toMatchObject({ noteCount: 0 })
    expect((await storyOf(server, board, 'format=html', key)).response.status).toBe(200)
  }
  // JSON is what the story comes as when no format is asked for.
  expect((await storyOf(server, board, '')).response.headers.get('content-type')).toMatch(
    /^application\/json/,
  )
  const url = `${server.url}/api/boards/${board.id}/story`
  for (const since of ['-1', '1.5', 'yesterday', '', '1e12', '99999999999999999999']) {
    const refused = expectApiError(
      await requestJson(`${url}?since=${since}`, { key: board.keys.viewer }),
      400,
      'bad_request',
    )
    expect(refused.error.message).toContain('whole number')
  }
  expectApiError(await requestJson(`${url}?since=1&since=2`, { key: board.keys.viewer }), 400, 'bad_request')
  // Past the last moment a date can name (8.64e15 ms): the page could not say when, so it is refused too.
  for (const format of ['json', 'html']) {
    const { response, body } = await storyOf(server, board, `format=${format}&since=8640000000000001`)
    expect(response.status, body).toBe(400)
    expect(body).toContain('whole number')
  }
  expect((await storyOf(server, board, 'format=html&since=8640000000000000')).response.status).toBe(200)
  const badFormat = expectApiError(
    await requestJson(`${url}?format=pdf`, { key: board.keys.viewer }),
    400,
    'bad_request',
  )
  expect(badFormat.error).toMatchObject({ reason: 'unknown_format', values: { formats: 'json, html' } })
  expect((await requestJson(`${url}?since=0`, { key: board.keys.viewer })).status).toBe(200)
  expectApiError(await requestJson(url), 401, 'unauthorized')
  expectApiError(await requestJson(url, { key: 'not-a-key' }), 401, 'unauthorized')
  expectApiError(
    await requestJson(`${server.url}/api/boards/nope/story`, { key: board.keys.viewer }),
    404,
    'not_found',
  )
})

test('a blank board has no "For later" part', async () => {
  const server = await startTestServer()
  const board = await server.createBoard('Plain')
  const { story } = await storyJson(server, board)
  expect(story.forLater).toBeNull()
  expect(story.stepsDone).toEqual([])
})
