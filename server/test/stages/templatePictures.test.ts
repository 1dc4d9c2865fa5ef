import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { forLater, stages, storyPictures, templates } from '@wesee/shared'
import { openMojiSvgDir } from '../../src/http/pictureRoutes.ts'
import { startTestServer } from '../helpers/testServer.ts'

const pictures = [
  ...templates.map((template) => template.picture),
  ...stages.flatMap((stage) => [stage.picture, ...stage.steps.map((step) => step.picture)]),
  forLater.picture,
  ...Object.values(storyPictures),
]

test.each(pictures.map((picture) => [picture.name, picture.id]))(
  'the picture "%s" (%s) is in OpenMoji',
  (_, id) => {
    expect(fs.existsSync(path.join(openMojiSvgDir, `${id}.svg`))).toBe(true)
  },
)

test('every step has a picture of its own', () => {
  const stepPictures = stages.flatMap((stage) => stage.steps.map((step) => step.picture.id))
  expect(new Set(stepPictures).size).toBe(stepPictures.length)
})

test('the server serves a template picture at the address its asset names', async () => {
  const server = await startTestServer()
  const response = await fetch(`${server.url}/pictures/${stages[1]!.steps[0]!.picture.id}.svg`)
  expect(response.status).toBe(200)
  expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
})
