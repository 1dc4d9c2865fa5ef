import { expect, test } from 'vitest'
import { uploadedImageHashes } from './backupImages.ts'

const hash = (n: number) => String(n).repeat(64).slice(0, 64)

test('finds uploads used by image assets and by picture notes, and nothing else', () => {
  const records = [
    { typeName: 'asset', type: 'image', props: { src: `/api/assets/${hash(1)}` } },
    {
      typeName: 'shape',
      type: 'picture-note',
      props: { picture: { src: `/api/assets/${hash(2)}`, name: 'Bus' } },
    },
    { typeName: 'asset', type: 'image', props: { src: '/pictures/1F68C.svg' } },
    {
      typeName: 'shape',
      type: 'picture-note',
      props: { picture: { src: '/pictures/1F68C.svg', name: 'Bus' } },
    },
    { typeName: 'asset', type: 'image', props: { src: `https://example.org/api/assets/${hash(3)}` } },
    { typeName: 'asset', type: 'image', props: { src: `/api/assets/${hash(4)}/../../secret` } },
    { typeName: 'shape', type: 'note', props: { richText: {} } },
  ]
  expect([...uploadedImageHashes(records)].sort()).toEqual([hash(1), hash(2)])
})
