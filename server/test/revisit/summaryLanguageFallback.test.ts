import path from 'node:path'
import Database from 'better-sqlite3'
import { boardT } from '@wesee/shared'
import { expect, test } from 'vitest'
import { requestJson } from '../helpers/api.ts'
import { connectClient } from '../helpers/syncClient.ts'
import { sqliteOnly, startTestServer, type TestServer } from '../helpers/testServer.ts'
import { authoredNote } from './revisitHelpers.ts'

/**
 * A summary is in the board's language, and only the board's: no request can
 * ask for another, and a stored language WeSee does not have (a hand edit,
 * a language taken out) gives an English summary, never a failure.
 */

interface Made {
  id: string
  keys: { facilitator: string; viewer: string }
}

async function welshBoardWithNote(server: TestServer): Promise<Made> {
  const made = await requestJson(`${server.url}/api/boards`, {
    body: { title: 'Bysiau', template: 'exploration', language: 'cy' },
  })
  expect(made.status).toBe(201)
  const board = made.body as Made
  const client = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  await client.waitSynced()
  client.kv.set('shape:n1', authoredNote('n1', 'Mwy o feinciau', null, 'shape:frame-exploration-i-see'))
  await client.roundTrip()
  client.destroy()
  return board
}

async function summary(server: TestServer, board: Made, query: string) {
  const response = await fetch(`${server.url}/api/boards/${board.id}/summary?${query}`, {
    headers: { authorization: `Bearer ${board.keys.viewer}` },
  })
  return { status: response.status, text: await response.text() }
}

test('a language asked for in the address is not how a summary is chosen: it stays in the board’s', async () => {
  const server = await startTestServer()
  const board = await welshBoardWithNote(server)
  for (const query of [
    'format=html&language=ar',
    'format=html&lang=en&locale=ar',
    'format=easyread&language[]=ar',
    'format=html&language=%00%ff',
  ]) {
    const page = await summary(server, board, query)
    expect(page.status, query).toBe(200)
    expect(page.text, query).toContain('<html lang="cy" dir="ltr">')
  }
  expect((await summary(server, board, 'format=html&language=ar')).text).toContain(
    boardT('cy')('summary.heading', { title: 'Bysiau' }),
  )
})

sqliteOnly(
  'a board whose stored language WeSee does not have is summed up in English, with its notes',
  async () => {
    let server = await startTestServer()
    const board = await welshBoardWithNote(server)
    await server.close()
    const db = new Database(path.join(server.dataDir, 'wesee.sqlite'))
    const row = db.prepare('SELECT settings FROM board_settings WHERE board_id = ?').get(board.id) as {
      settings: string
    }
    const stored = JSON.parse(row.settings) as Record<string, unknown>
    expect(stored.language).toBe('cy')
    for (const language of ['xx', 'CY', null, 42]) {
      db.prepare('UPDATE board_settings SET settings = ? WHERE board_id = ?').run(
        JSON.stringify({ ...stored, language }),
        board.id,
      )
      server = await server.restart()
      const english = boardT('en')
      const html = await summary(server, board, 'format=html')
      expect(html.status, String(language)).toBe(200)
      expect(html.text).toContain('<html lang="en" dir="ltr">')
      expect(html.text).toContain(english('summary.heading', { title: 'Bysiau' }))
      expect(html.text).toContain('Mwy o feinciau')
      const easyRead = await summary(server, board, 'format=easyread')
      expect(easyRead.status).toBe(200)
      expect(easyRead.text).toContain(`<h1>${english('easyRead.title')}</h1>`)
      const about = await requestJson(`${server.url}/api/boards/${board.id}`, { key: board.keys.viewer })
      expect(about.body).toMatchObject({ language: 'en' })
      await server.close()
    }
    db.close()
  },
)
