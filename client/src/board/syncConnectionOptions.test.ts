import { expect, test } from 'vitest'
import { syncConnectionOptions } from './syncConnectionOptions.ts'

test('the key and token travel in the sub-protocol header, not the URL', () => {
  const options = syncConnectionOptions('Key_abc-123', 'Tok_xyz-789')
  expect(options.protocols).toEqual(['wesee', 'key.Key_abc-123', 'token.Tok_xyz-789'])
  expect(options.params).toBeUndefined()
  expect(syncConnectionOptions('Key_abc', null).protocols).toEqual(['wesee', 'key.Key_abc'])
  expect(options.disableBc).toBe(true)
})

test('a secret that cannot travel in that header falls back to the query string', () => {
  const options = syncConnectionOptions('has space', null)
  expect(options.protocols).toBeUndefined()
  expect(options.params).toEqual({ key: 'has space' })
})
