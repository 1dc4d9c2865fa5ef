import { boardT, type BoardLanguage, type BoardStory } from '@wesee/shared'
import { expect, test } from 'vitest'
import { requestJson } from '../helpers/api.ts'
import { sendCommand } from '../helpers/stageCommands.ts'
import { connectClient } from '../helpers/syncClient.ts'
import { startTestServer, type TestServer } from '../helpers/testServer.ts'
import { authoredNote, joinWith } from './revisitHelpers.ts'

interface Made {
  id: string
  title: string
  joinCode: string
  keys: { facilitator: string; participant: string; viewer: string }
  links: { facilitator: string; participant: string; viewer: string }
}

const iSee = 'shape:frame-exploration-i-see'

/** A board in `language` with one credited note and the group on its first step. */
async function boardIn(server: TestServer, language: BoardLanguage) {
  const made = await requestJson(`${server.url}/api/boards`, {
    body: { title: 'Bysiau', template: 'full-cycle', language },
  })
  expect(made.status).toBe(201)
  const board = made.body as Made
  const ann = await joinWith(server, board as never, { name: 'Annabel', credit: true })
  const client = connectClient(server.syncUrl, board.id, board.keys.facilitator)
  await client.waitSynced()
  client.kv.set('shape:n1', authoredNote('n1', 'Mwy o feinciau', ann.participantId, iSee))
  await client.roundTrip()
  const frames = new Map(
    [...client.kv.map.values()].map(({ val }) => [val.id, val as { props?: { name?: string } }]),
  )
  client.destroy()
  const step = await sendCommand(server, board as never, board.keys.facilitator, {
    type: 'stage.set',
    stage: 'exploration',
    step: 'i-see',
  })
  expect(step.status).toBe(200)
  return { board, frames }
}

async function page(server: TestServer, board: Made, path: string, key = board.keys.facilitator) {
  const response = await fetch(`${server.url}/api/boards/${board.id}${path}`, {
    headers: { authorization: `Bearer ${key}` },
  })
  expect(response.status, path).toBe(200)
  return { text: await response.text(), headers: response.headers }
}

test.each(['cy', 'ar', 'en'] as const)(
  'a board in %s is built, summed up and exported in its language, from its catalogue',
  async (language) => {
    const server = await startTestServer()
    const t = boardT(language)
    const { board, frames } = await boardIn(server, language)
    const dir = language === 'ar' ? 'rtl' : 'ltr'

    // The template's frames carry the board language's words.
    expect(frames.get(iSee)?.props?.name).toBe(t('stages.exploration.steps.i-see.title'))
    expect(frames.get('shape:frame-for-later')?.props?.name).toBe(t('forLater.title'))

    const summary = await page(server, board, '/summary?format=html')
    expect(summary.text).toContain(`<html lang="${language}" dir="${dir}">`)
    expect(summary.text).toContain(t('summary.heading', { title: 'Bysiau' }))
    expect(summary.text).toContain(t('stages.exploration.steps.i-see.prompt'))
    expect(summary.text).toContain(t('common.thanksNamed', { names: 'Annabel' }))
    expect(summary.text).toContain('Mwy o feinciau')

    const easyRead = await page(server, board, '/summary?format=easyread', board.keys.viewer)
    expect(easyRead.text).toContain(`<html lang="${language}" dir="${dir}">`)
    expect(easyRead.text).toContain(`<h1>${t('easyRead.title')}</h1>`)
    expect(easyRead.text).toContain(
      t('easyRead.talked', { title: t('stages.exploration.steps.i-see.title') }),
    )
    expect(easyRead.text).toContain(t('easyRead.noVoice'))

    const csv = await page(server, board, '/summary?format=csv')
    const header = ['frame', 'text', 'author', 'votes', 'created'].map((c) => t(`summary.csvHeader.${c}`))
    expect(csv.text.split('\r\n')[0]?.replace(/^\uFEFF/, '')).toBe(header.join(','))
    expect(decodeURIComponent(csv.headers.get('content-disposition') ?? '')).toContain(
      `${t('files.notes', { title: 'Bysiau' })}.csv`,
    )

    const markdown = await page(server, board, '/summary?format=md')
    expect(markdown.text).toContain(`# ${t('summary.heading', { title: 'Bysiau' })}`)

    const payments = await page(server, board, '/payments?format=html')
    expect(payments.text).toContain(`<html lang="${language}" dir="${dir}">`)
    expect(payments.text).toContain(t('payment.what'))
    const paymentCsv = await page(server, board, '/payments?format=csv')
    expect(paymentCsv.text.replace(/^\uFEFF/, '')).toMatch(new RegExp(`^${t('payment.columns.who')},`))
    const participation = await page(server, board, '/participation?format=csv')
    expect(participation.text.replace(/^\uFEFF/, '')).toMatch(
      new RegExp(`^${t('participation.columns.name')},${t('participation.columns.facilitator')},`),
    )

    const story = await page(server, board, '/story?format=html', board.keys.participant)
    expect(story.text).toContain(`<html lang="${language}" dir="${dir}">`)
    expect(story.text).toContain(t('story.heading', { title: 'Bysiau' }))
    const storyJson = JSON.parse((await page(server, board, '/story?format=json')).text) as BoardStory
    expect(storyJson.language).toBe(language)
    expect(storyJson.stepsDone.at(-1)?.title).toBe(t('stages.exploration.steps.i-see.title'))

    // Where the group is, as every screen shows it: in the board's language.
    const summaryOfBoard = await requestJson(`${server.url}/api/boards/${board.id}`, {
      key: board.keys.viewer,
    })
    expect(summaryOfBoard.body).toMatchObject({ language })
    await server.close()
  },
)

test('dates and numbers follow the board language: a Welsh board writes Welsh months', async () => {
  const server = await startTestServer()
  const { board } = await boardIn(server, 'cy')
  const summary = await page(server, board, '/summary?format=html')
  const month = new Intl.DateTimeFormat('cy', { month: 'long', timeZone: 'UTC' }).format(new Date())
  expect(summary.text).toContain(month)
  await server.close()
})

test('changing the board language later: what is on the board stays as written, what is written next follows', async () => {
  const server = await startTestServer()
  const { board, frames } = await boardIn(server, 'en')
  const url = `${server.url}/api/boards/${board.id}/settings`
  const settings = (await requestJson(url, { key: board.keys.facilitator })).body as Record<string, unknown>
  const changed = await requestJson(url, {
    method: 'PUT',
    key: board.keys.facilitator,
    body: { ...settings, language: 'ar' },
  })
  expect(changed.status).toBe(200)
  const client = connectClient(server.syncUrl, board.id, board.keys.viewer)
  await client.waitSynced()
  const name = (client.kv.get(iSee) as { props?: { name?: string } } | undefined)?.props?.name
  expect(name).toBe(frames.get(iSee)?.props?.name)
  expect(name).toBe(boardT('en')('stages.exploration.steps.i-see.title'))
  client.destroy()
  const summary = await page(server, board, '/summary?format=html')
  expect(summary.text).toContain('<html lang="ar" dir="rtl">')
  expect(summary.text).toContain(boardT('ar')('summary.heading', { title: 'Bysiau' }))
  await server.close()
})
