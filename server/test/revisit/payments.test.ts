import { formatDocName, readControlSnapshot, Role, type PaymentRecord } from '@wesee/shared'
import { expect, onTestFinished, test } from 'vitest'
import { createBoard } from '../../src/boards/createBoard.ts'
import { FacilitationService } from '../../src/facilitation/FacilitationService.ts'
import { buildParticipationRecord } from '../../src/participation/buildParticipationRecord.ts'
import { buildPaymentRecord } from '../../src/participation/buildPaymentRecord.ts'
import { paymentCsv } from '../../src/participation/paymentCsv.ts'
import { RoomRegistry } from '../../src/rooms/RoomRegistry.ts'
import { SqliteBoardStore } from '../../src/storage/SqliteBoardStore.ts'
import { expectApiError, requestJson } from '../helpers/api.ts'
import type { joinAs } from '../helpers/stageCommands.ts'
import { connectClient } from '../helpers/syncClient.ts'
import { startTestServer, tempDataDir } from '../helpers/testServer.ts'

test('with a rate and a minimum, each session is paid its minutes or the minimum, in the board’s time zone, named only with consent', async () => {
  const store = new SqliteBoardStore(tempDataDir())
  const registry = new RoomRegistry(store, { idleUnloadMs: 60_000, compactAfterUpdates: 500 })
  onTestFinished(async () => {
    await registry.closeAll()
    store.close()
  })
  // 13:00 UTC is 14:00 in Paris in January.
  let clock = Date.UTC(2026, 0, 10, 13, 0)
  const minutes = (n: number) => {
    clock += n * 60_000
  }
  const facilitation = new FacilitationService(store, registry, () => clock)
  const board = await createBoard(store, { title: 'Pay board', template: 'blank', timeZone: 'Europe/Paris' })
  await store.settings.saveBoardSettings(board.id, {
    ...(await store.settings.boardSettings(board.id)),
    currency: 'EUR',
    payPerHour: 2000,
    minimumPerSession: 1500,
  })
  const { participantId: sam } = await facilitation.join(board, Role.Participant, {
    name: 'Sam',
    credit: true,
  })
  const { participantId: pat } = await facilitation.join(board, Role.Participant, {
    name: 'Pat Secret',
    avatar: '1F431',
    credit: false,
  })
  const { participantId: fran } = await facilitation.join(board, Role.Facilitator, { name: 'Fran' })

  facilitation.connectionOpened(board.id, fran)
  facilitation.connectionOpened(board.id, sam)
  facilitation.connectionOpened(board.id, pat)
  minutes(90)
  facilitation.connectionClosed(board.id, pat)
  minutes(30)
  facilitation.connectionClosed(board.id, sam)
  minutes(60)
  facilitation.connectionOpened(board.id, sam)
  minutes(20)
  facilitation.connectionClosed(board.id, sam)

  await facilitation.presenceSettled()
  const control = readControlSnapshot(
    (await registry.open(formatDocName({ boardId: board.id, kind: 'control' }))).doc,
  )
  const participation = buildParticipationRecord({
    board,
    control,
    presence: await store.people.presenceEvents(board.id),
    records: [],
    votesByParticipant: new Map(),
    now: clock,
  })
  const record = buildPaymentRecord({
    participation,
    control,
    settings: await store.settings.boardSettings(board.id),
    now: clock,
  })
  expect(record.people.map((person) => person.who).sort()).toEqual(['Cat', 'Sam'])
  const samRow = record.people.find((person) => person.ref === sam.slice(0, 6))
  const patRow = record.people.find((person) => person.ref === pat.slice(0, 6))
  // Sam: 120 minutes at €20 an hour is €40; 20 minutes would be €6.67, so the minimum of €15.
  expect(samRow!.sessions).toEqual([
    { date: '10 January 2026', arrived: '14:00', left: '16:00', minutes: 120, ongoing: false, amount: 4000 },
    { date: '10 January 2026', arrived: '17:00', left: '17:20', minutes: 20, ongoing: false, amount: 1500 },
  ])
  expect(samRow!.totalAmount).toBe(5500)
  expect(patRow!.sessions.map((session) => session.amount)).toEqual([3000])
  expect(patRow!.ref).toBe(pat.slice(0, 6))
  expect(record.totalAmount).toBe(8500)
  expect(JSON.stringify(record)).not.toContain('Pat Secret')
  expect(JSON.stringify(record)).not.toContain('Fran')

  const csv = paymentCsv(record)
  expect(csv).toContain('Sam')
  expect(csv).toContain('€40.00')
  expect(csv).toContain('€85.00')
  expect(csv).not.toContain('Pat Secret')

  // Without a rate, only the time.
  const unpaid = buildPaymentRecord({
    participation,
    control,
    settings: { ...(await store.settings.boardSettings(board.id)), payPerHour: null },
    now: clock,
  })
  expect(unpaid.totalAmount).toBeNull()
  expect(unpaid.people[0]!.sessions[0]!.amount).toBeNull()
})

test('GET /api/boards/:id/payments: the facilitator’s only, as JSON, CSV and a page that escapes names', async () => {
  const server = await startTestServer()
  const made = await requestJson(`${server.url}/api/boards`, {
    body: { title: 'Paid <b>board</b>', timeZone: 'Europe/London' },
  })
  const board = made.body as Parameters<typeof joinAs>[1]
  await requestJson(`${server.url}/api/boards/${board.id}/settings`, {
    method: 'PUT',
    key: board.keys.facilitator,
    body: {
      organisation: 'Bridge',
      timeZone: 'Europe/London',
      currency: 'GBP',
      payPerHour: 1200,
      minimumPerSession: null,
    },
  })
  const joined = await requestJson(`${server.url}/api/boards/${board.id}/participants`, {
    key: board.keys.participant,
    body: { name: '<script>alert(1)</script>', credit: true },
  })
  const person = joined.body as { token: string; participantId: string }
  const socket = connectClient(server.syncUrl, board.id, board.keys.participant, { token: person.token })
  await socket.waitSynced()
  const url = `${server.url}/api/boards/${board.id}/payments`
  await expect
    .poll(async () => {
      const answer = await requestJson(url, { key: board.keys.facilitator })
      return (answer.body as PaymentRecord).people[0]?.sessions.length
    })
    .toBe(1)

  for (const key of [board.keys.participant, board.keys.viewer])
    expectApiError(await requestJson(url, { key }), 403, 'forbidden')
  expectApiError(await requestJson(`${url}?format=xml`, { key: board.keys.facilitator }), 400, 'bad_request')

  const json = (await requestJson(url, { key: board.keys.facilitator })).body as PaymentRecord
  expect(json).toMatchObject({ organisation: 'Bridge', currency: 'GBP', payPerHour: 1200 })
  expect(json.people[0]!.sessions[0]!.ongoing).toBe(true)

  const page = await fetch(`${url}?format=html`, {
    headers: { authorization: `Bearer ${board.keys.facilitator}` },
  })
  expect(page.headers.get('content-security-policy')).toContain("default-src 'none'")
  const html = await page.text()
  expect(html).not.toContain('<script>alert(1)</script>')
  expect(html).toContain('&lt;script&gt;')
  expect(html).toContain('Paid &lt;b&gt;board&lt;/b&gt;')
  expect(html).toContain('It is not payroll')

  const csv = await fetch(`${url}?format=csv`, {
    headers: { authorization: `Bearer ${board.keys.facilitator}` },
  })
  expect(csv.headers.get('content-type')).toMatch(/text\/csv/)
  expect(await csv.text()).toMatch(/^Who,Reference,Date/)
  await server.close()
})
