import { expect, test } from 'vitest'
import { findStep, type CreatedBoard } from '@wesee/shared'
import { expectApiError, requestJson } from '../helpers/api.ts'
import { createBoardFrom, sendCommand } from '../helpers/stageCommands.ts'
import { connectClient } from '../helpers/syncClient.ts'
import { startTestServer, type TestServer } from '../helpers/testServer.ts'
import { pngImage } from '../helpers/testImages.ts'
import { addUploadedImage, pictureNoteIn, authoredNote, joinWith } from './revisitHelpers.ts'

const iSee = 'shape:frame-exploration-i-see'
const weSee = 'shape:frame-exploration-we-see'
const smallTries = 'shape:frame-experimentation-small-tries'
const youSaid = 'shape:frame-embedding-you-said-we-did'

async function summaryOf(server: TestServer, board: CreatedBoard, format: string, key = board.keys.viewer) {
  const response = await fetch(`${server.url}/api/boards/${board.id}/summary?format=${format}`, {
    headers: { authorization: `Bearer ${key}` },
  })
  return { response, body: await response.text() }
}

/** A full-cycle board after a short session: three people with different choices about credit. */
async function session(server: TestServer) {
  const board = await createBoardFrom(server, 'full-cycle')
  const ann = await joinWith(server, board, { name: 'Annabel', credit: true })
  const bob = await joinWith(server, board, { name: 'Bartholomew', credit: false })
  const cas = await joinWith(server, board, { name: 'Cassiopeia', anonymous: true, credit: true })
  const fran = await joinWith(server, board, { name: 'Francesca', credit: true }, board.keys.facilitator)
  const client = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  await client.waitSynced()
  client.doc.transact(() => {
    client.kv.set('shape:a1', authoredNote('a1', 'More benches at stops', ann.participantId, iSee))
    client.kv.set('shape:a2', authoredNote('a2', '<script>alert("pwned")</script>', ann.participantId, iSee))
    client.kv.set(
      'shape:a3',
      authoredNote('a3', 'Shared quietly', ann.participantId, iSee, { anonymous: true }),
    )
    client.kv.set('shape:b1', authoredNote('b1', 'Timetables are hard to read', bob.participantId, iSee))
    client.kv.set('shape:c1', authoredNote('c1', 'Drivers could wait', cas.participantId, iSee))
    client.kv.set('shape:v1', authoredNote('v1', 'Step-free stops', ann.participantId, weSee))
    client.kv.set('shape:v2', authoredNote('v2', 'Cheaper tickets', bob.participantId, weSee))
    client.kv.set(
      'shape:t1',
      authoredNote(
        't1',
        "We'll try: Bus buddies\nWho: Annabel and the council\nBy when: March\nWe'll know it worked when: fewer missed trips",
        ann.participantId,
        smallTries,
      ),
    )
    client.kv.set(
      'shape:y1',
      authoredNote(
        'y1',
        'You said the buses were late. We changed the timetable.',
        fran.participantId,
        youSaid,
      ),
    )
  })
  await client.roundTrip()
  const key = board.keys.facilitator
  expect(
    (await sendCommand(server, board, key, { type: 'stage.set', stage: 'exploration', step: 'we-see' }))
      .status,
  ).toBe(200)
  expect((await sendCommand(server, board, key, { type: 'vote.start', anonymous: false })).status).toBe(200)
  for (const [person, note] of [
    [ann, 'shape:v1'],
    [bob, 'shape:v1'],
    [bob, 'shape:v2'],
  ] as const) {
    const cast = await sendCommand(
      server,
      board,
      board.keys.participant,
      { type: 'vote.cast', shapeId: note },
      person.token,
    )
    expect(cast.status, JSON.stringify(cast.body)).toBe(200)
  }
  expect((await sendCommand(server, board, key, { type: 'vote.reveal' })).status).toBe(200)
  return board
}

test('the summary walks the stages in order and credits only the people who agreed', async () => {
  const server = await startTestServer()
  const board = await session(server)
  const { response, body: html } = await summaryOf(server, board, 'html')
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^text\/html/)
  expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")

  // Everyone's words are there…
  for (const words of [
    'More benches at stops',
    'Timetables are hard to read',
    'Drivers could wait',
    'Shared quietly',
  ]) {
    expect(html).toContain(words)
  }
  // …but only Annabel and Francesca agreed to be named; Cassiopeia joined without her name.
  expect(html).toContain('Annabel')
  expect(html).toContain('Francesca')
  expect(html).not.toContain('Bartholomew')
  expect(html).not.toContain('Cassiopeia')
  expect(html).toMatch(/Thank you to Annabel and Francesca, and 2 more people who took part\./)
  // A note shared without a name stays unnamed even from someone who agreed.
  expect(html).toMatch(/Shared quietly<\/span><\/li>/)

  // In stage order: prompts, the vote under its frame, small tries with who and when, "You said, we did".
  const order = [
    findStep('exploration', 'i-see')!.prompt,
    'Vote results: What do we see now?',
    'By when',
    'You said the buses were late.',
  ].map((marker) => html.indexOf(escapeForHtml(marker)))
  expect(
    order.every((i) => i >= 0),
    JSON.stringify(order),
  ).toBe(true)
  expect([...order].sort((a, b) => a - b)).toEqual(order)
  expect(html).toContain('<dt>Who</dt><dd>Annabel and the council</dd>')
  // Named vote: the consenting voter by name, the other counted.
  expect(html).toMatch(/Step-free stops — 2 votes <span class="meta">Voted for by Annabel and 1 more<\/span>/)
  expect(html).toContain('2 people voted, 3 votes in all.')
})

test('a script in a note is escaped in the HTML and the Markdown', async () => {
  const server = await startTestServer()
  const board = await session(server)
  const { body: html } = await summaryOf(server, board, 'html')
  expect(html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;')
  expect(html).not.toMatch(/<script/i)
  const { response, body: md } = await summaryOf(server, board, 'md')
  expect(response.headers.get('content-type')).toMatch(/^text\/markdown/)
  expect(md).toContain('\\<script\\>alert(\\"pwned\\"\\)\\</script\\>'.replace('alert(', 'alert\\('))
  expect(md).not.toMatch(/(^|[^\\])<script/)
  expect(md).toContain('Annabel')
  expect(md).not.toContain('Bartholomew')
})

test('the notes CSV lists every note with its frame, author or "anonymous", and votes', async () => {
  const server = await startTestServer()
  const board = await session(server)
  const { response, body } = await summaryOf(server, board, 'csv', board.keys.participant)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-disposition')).toContain('notes.csv')
  const lines = body.trimEnd().split('\r\n')
  expect(lines[0]).toBe('Frame,Text,Author,Votes,Created')
  expect(lines).toContain('What do I see?,More benches at stops,Annabel,,')
  expect(lines).toContain('What do I see?,Timetables are hard to read,anonymous,,')
  expect(lines).toContain('What do I see?,Drivers could wait,anonymous,,')
  expect(lines).toContain('What do we see now?,Step-free stops,Annabel,2,')
  expect(lines).toContain('What do we see now?,Cheaper tickets,anonymous,1,')
  expect(body).not.toContain('Bartholomew')
})

test('before any vote is shown, the summary says where results will appear', async () => {
  const server = await startTestServer()
  const board = await createBoardFrom(server, 'exploration')
  const { body } = await summaryOf(server, board, 'html')
  expect(body).toContain('No vote results have been shown yet.')
})

test('any key may read the summary; a bad format or no key is refused', async () => {
  const server = await startTestServer()
  const board = await server.createBoard('Plain')
  for (const key of Object.values(board.keys)) {
    expect((await summaryOf(server, board, 'md', key)).response.status).toBe(200)
  }
  const url = `${server.url}/api/boards/${board.id}/summary`
  expectApiError(await requestJson(`${url}?format=pdf`, { key: board.keys.viewer }), 400, 'bad_request')
  expectApiError(await requestJson(url), 401, 'unauthorized')
  expectApiError(
    await requestJson(`${server.url}/api/boards/nope/summary`, { key: board.keys.viewer }),
    404,
    'not_found',
  )
})

function escapeForHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

test('picture notes and pictures in a frame are named in the summary and the CSV', async () => {
  const server = await startTestServer()
  const board = await createBoardFrom(server, 'exploration')
  const client = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  await client.waitSynced()
  client.kv.set(
    'shape:p1',
    pictureNoteIn('p1', iSee, { src: '/pictures/1F68C.svg', name: 'Bus' }, 'Late again'),
  )
  await addUploadedImage(server, board, client.kv, pngImage(2, 2), 'drawing')
  client.kv.set('shape:drawing', { ...client.kv.get('shape:drawing')!, parentId: iSee })
  await client.roundTrip()
  const { body: html } = await summaryOf(server, board, 'html')
  expect(html).toContain(
    '<span class="note-text">Late again</span> <span class="meta">(Pictures: Bus)</span>',
  )
  expect(html).toContain('<p>Pictures: A drawing of a bus stop</p>')
  // The template's own picture (the eye) is layout, not something the group added.
  expect(html).not.toContain('Pictures: Eye')
  const { body: csv } = await summaryOf(server, board, 'csv')
  expect(csv).toContain('What do I see?,Late again [Pictures: Bus],anonymous,,')
})
