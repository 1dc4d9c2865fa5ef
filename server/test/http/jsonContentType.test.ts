import path from 'node:path'
import Database from 'better-sqlite3'
import { expect, test } from 'vitest'
import { expectApiError, requestJson } from '../helpers/api.ts'
import { sqliteOnly, startTestServer } from '../helpers/testServer.ts'

sqliteOnly(
  'a text/plain POST (what another site can send without asking) does not make a board: 415',
  async () => {
    const server = await startTestServer()
    const boardCount = () => {
      const db = new Database(path.join(server.dataDir, 'wesee.sqlite'), { readonly: true })
      try {
        return (db.prepare('SELECT count(*) AS n FROM boards').get() as { n: number }).n
      } finally {
        db.close()
      }
    }
    const body = JSON.stringify({ title: 'Made by another site' })
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const response = await requestJson(`${server.url}/api/boards`, {
        rawBody: body,
        headers: { 'content-type': type },
      })
      const error = expectApiError(response, 415, 'unsupported_media_type')
      expect(error.error.message).toMatch(/JSON/)
    }
    expect(boardCount()).toBe(0)

    // JSON, with or without a charset, still works.
    expect((await requestJson(`${server.url}/api/boards`, { body: { title: 'Real' } })).status).toBe(201)
    const withCharset = await requestJson(`${server.url}/api/boards`, {
      rawBody: body,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    })
    expect(withCharset.status).toBe(201)
    expect(boardCount()).toBe(2)
  },
)

test('joining and commands refuse text/plain too; requests without a body are not affected', async () => {
  const server = await startTestServer()
  const board = await server.createBoard()
  const join = await requestJson(`${server.url}/api/boards/${board.id}/participants`, {
    rawBody: '{"name":"Pat"}',
    key: board.keys.participant,
    headers: { 'content-type': 'text/plain' },
  })
  expectApiError(join, 415, 'unsupported_media_type')
  const control = await requestJson(`${server.url}/api/boards/${board.id}/control`, {
    key: board.keys.viewer,
  })
  expect(control.status).toBe(200)
})
