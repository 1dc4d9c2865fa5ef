import { expect, test } from 'vitest'
import { startTestServer } from '../helpers/testServer.ts'
import { connectClient } from '../helpers/syncClient.ts'
import { noteIn, votingBoard } from '../helpers/voting.ts'

test('the Easy Read version: key results first, a picture with a name on every line, big words, read aloud, every word escaped', async () => {
  const server = await startTestServer()
  const vb = await votingBoard(server)
  const ann = await vb.join('Annabel')
  // A note with markup in it, in the frame voted on.
  const client = connectClient(server.syncUrl, vb.board.id, vb.board.keys.facilitator)
  await client.waitSynced()
  client.kv.set(
    'shape:x1',
    noteIn('shape:frame-exploration-we-see', 'x1', '<img src=x onerror=alert(1)>', 100, 800),
  )
  await client.roundTrip()
  expect((await vb.command({ type: 'vote.start' })).status).toBe(200)
  expect((await vb.as(ann, { type: 'vote.cast', shapeId: vb.notes[1] })).status).toBe(200)
  expect((await vb.as(ann, { type: 'vote.cast', shapeId: 'shape:x1' })).status).toBe(200)
  expect((await vb.command({ type: 'vote.reveal' })).status).toBe(200)
  expect((await vb.command({ type: 'agreement.add', shapeId: vb.notes[0] })).status).toBe(200)

  const response = await fetch(`${server.url}/api/boards/${vb.board.id}/summary?format=easyread`, {
    headers: { authorization: `Bearer ${vb.board.keys.viewer}` },
  })
  expect(response.status).toBe(200)
  const policy = response.headers.get('content-security-policy')!
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1]
  expect(nonce).toBeTruthy()
  expect(policy).toContain("default-src 'none'")
  const html = await response.text()

  // The only script is the read-aloud one, with the page's nonce.
  expect(html.match(/<script/g)).toHaveLength(1)
  expect(html).toContain(`<script nonce="${nonce}">`)
  expect(html).not.toContain('<img src=x')
  expect(html).toContain('We chose: &lt;img src=x onerror=alert(1)&gt;')
  expect(html).toContain('We chose: Cheaper tickets')
  // Key results first.
  expect(html.indexOf('<h2>We said</h2>')).toBeGreaterThan(0)
  expect(html.indexOf('<h2>We said</h2>')).toBeLessThan(html.indexOf('<h2>How we work together</h2>'))
  expect(html).toContain('More buses')
  // Every line has a picture beside it, carried inside the file, with a name; and a button to hear it.
  const lines = [...html.matchAll(/<li>(.*?)<\/li>/g)].map((match) => match[1]!)
  expect(lines.length).toBeGreaterThan(4)
  for (const line of lines) {
    expect(line).toMatch(/^<img src="data:image\/svg\+xml;base64,[^"]+" alt="[^"]+"><p>/)
    expect(line).toContain('data-read="line"')
  }
  // At least 18 point (24 px) words.
  expect(html).toMatch(/body \{[^}]*font-size: 24px/)
  await server.close()
})
