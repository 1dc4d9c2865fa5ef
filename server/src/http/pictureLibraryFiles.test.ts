import fs from 'node:fs'
import path from 'node:path'
import { pictureGroups, pictureUrl } from '@wesee/shared'
import { expect, test } from 'vitest'
import { openMojiSvgDir } from './pictureRoutes.ts'

test('every picture in the library is an SVG this server serves from the OpenMoji package', () => {
  const pictures = pictureGroups.flatMap((group) => [
    ...group.pictures,
    { id: group.coverId, name: `${group.name} (cover)` },
  ])
  const missing = pictures.filter((picture) => !fs.existsSync(path.join(openMojiSvgDir, `${picture.id}.svg`)))
  expect(missing).toEqual([])
  expect(pictureUrl(pictures[0]?.id ?? '')).toMatch(/^\/pictures\/[0-9A-F-]+\.svg$/)
})
