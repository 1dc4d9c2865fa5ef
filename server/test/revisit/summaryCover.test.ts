import {
  initialControlSections,
  noteShape,
  type ControlSnapshot,
  type ParticipantProfile,
} from '@wesee/shared'
import { expect, test } from 'vitest'
import { buildSummary } from '../../src/summary/buildSummary.ts'
import { renderSummaryHtml } from '../../src/summary/renderSummaryHtml.ts'
import { renderSummaryMarkdown } from '../../src/summary/renderSummaryMarkdown.ts'
import type { PresenceEvent } from '../../src/storage/BoardStore.ts'
import { buildTemplateRecords, createBaseRecords, defaultBoardSettings } from '@wesee/shared'
import { requestJson } from '../helpers/api.ts'
import { createBoardFrom } from '../helpers/stageCommands.ts'
import { connectClient } from '../helpers/syncClient.ts'
import { startTestServer } from '../helpers/testServer.ts'
import { pngImage } from '../helpers/testImages.ts'
import { addUploadedImage, pictureNoteIn } from './revisitHelpers.ts'

const iSee = 'shape:frame-exploration-i-see'

function person(id: string, name: string, options: Partial<ParticipantProfile> = {}): ParticipantProfile {
  return {
    id,
    name,
    avatar: '1F431',
    anonymous: false,
    credit: true,
    colour: '#000000',
    isFacilitator: false,
    joinedAt: 0,
    lastSeenAt: 0,
    present: false,
    ...options,
  }
}

test('the cover has the organisation, each meeting in the board’s time zone and how many took part; a facilitator who only ran it is not counted', () => {
  // 01:00 UTC on 10 March 2026 is 10:00 in Tokyo.
  const at = (hours: number, minutes = 0) => Date.UTC(2026, 2, 10, 1 + hours, minutes)
  const control: ControlSnapshot = {
    ...initialControlSections,
    stages: ['exploration'],
    participants: [
      person('fran', 'Francesca', { isFacilitator: true }),
      person('ann', 'Annabel'),
      person('bob', 'Bartholomew', { credit: false }),
    ],
  }
  const visit = (participantId: string, from: number, to: number): PresenceEvent[] => [
    { boardId: 'b', participantId, kind: 'arrive', at: from },
    { boardId: 'b', participantId, kind: 'leave', at: to },
  ]
  const presence = [
    ...visit('fran', at(0), at(2)),
    ...visit('ann', at(0, 5), at(1, 55)),
    ...visit('bob', at(0, 10), at(2)),
    // A week later, only Annabel (and Francesca, who again only ran it).
    ...visit('fran', at(24 * 7), at(24 * 7 + 1)),
    ...visit('ann', at(24 * 7), at(24 * 7 + 1)),
  ]
  const records = [
    ...createBaseRecords(),
    ...buildTemplateRecords('exploration'),
    {
      ...noteShape({ id: 'shape:n1', parentId: iSee, index: 'a5', x: 0, y: 400, text: 'More buses' }),
      meta: { authorId: 'ann' },
    },
  ]
  const summary = buildSummary({
    title: 'Buses',
    records,
    control,
    now: at(24 * 8),
    presence,
    settings: {
      ...defaultBoardSettings,
      organisation: 'Bridge <Commission>',
      timeZone: 'Asia/Tokyo',
      currency: 'GBP',
      payPerHour: null,
      minimumPerSession: null,
    },
  })
  expect(summary.cover.meetings).toEqual([
    { date: '10 March 2026', from: '10:00', to: '12:00', people: 2 },
    { date: '17 March 2026', from: '10:00', to: '11:00', people: 1 },
  ])
  expect(summary.othersCount).toBe(1)
  expect(summary.credited).toEqual(['Annabel'])

  const html = renderSummaryHtml(summary)
  expect(html).toContain('Bridge &lt;Commission&gt;')
  expect(html).toContain('When we met (Asia/Tokyo time)')
  expect(html).toContain('<td>10 March 2026</td><td>10:00–12:00</td><td>2 people</td>')
  expect(html).toContain('Summary made on 18 March 2026 at 10:00 (Asia/Tokyo)')
  expect(html).toContain('Thank you to Annabel, and 1 more person who took part.')
  expect(html).not.toContain('Francesca')
  // Steps the group put nothing in are left out, and so is an empty "Other votes".
  expect(html).toContain('What do I see?')
  expect(
    summary.stages[0]!.sections.map((s) => [s.title, s.notes.length, s.pictures, s.votes.length]),
  ).toEqual([['What do I see?', 1, [], 0]])
  expect(html).not.toContain('What do you see?')
  expect(html).not.toContain('No notes here')
  expect(html).not.toContain('Other votes')
  const markdown = renderSummaryMarkdown(summary)
  expect(markdown).toContain('Bridge <Commission>'.replace('<', '\\<').replace('>', '\\>'))
  expect(markdown).toContain('- 10 March 2026, 10:00–12:00: 2 people')
  expect(markdown).not.toContain('What do you see?')
})

test('the summary page carries its pictures inside itself: picture notes and photos as data, with their names', async () => {
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
  const response = await fetch(`${server.url}/api/boards/${board.id}/summary?format=html`, {
    headers: { authorization: `Bearer ${board.keys.viewer}` },
  })
  expect(response.headers.get('content-security-policy')).toContain('img-src data:')
  const html = await response.text()
  expect(html).toMatch(/<img src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+" alt="Bus">/)
  expect(html).toMatch(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]+" alt="A drawing of a bus stop">/)
  // Nothing points outside the file.
  expect(html).not.toMatch(/src="\/|src="http/)
  // The Markdown names the pictures instead.
  const markdown = await (
    await fetch(`${server.url}/api/boards/${board.id}/summary?format=md`, {
      headers: { authorization: `Bearer ${board.keys.viewer}` },
    })
  ).text()
  expect(markdown).not.toContain('data:')
  expect(markdown).toContain('Bus')
  void requestJson
  await server.close()
})
