import * as decoding from 'lib0/decoding'
import { expect, test } from 'vitest'
import { decodeRefusalMessage, encodeRefusalMessage, RefusalCode, WeSeeMessageType } from './refusals.ts'

test('a refusal message round-trips and reads as lib0 varUint + varString', () => {
  const refusal = {
    code: RefusalCode.WrongKey,
    message: 'A note was stored under the wrong name.',
    keys: ['shape:a', 'shape:ü'],
  }
  const bytes = encodeRefusalMessage(refusal)
  expect(decodeRefusalMessage(bytes)).toEqual(refusal)
  const decoder = decoding.createDecoder(bytes)
  expect(decoding.readVarUint(decoder)).toBe(WeSeeMessageType.Refusal)
  expect(JSON.parse(decoding.readVarString(decoder))).toEqual(refusal)
})

test('other messages and broken refusals decode to null', () => {
  expect(decodeRefusalMessage(new Uint8Array([0, 0, 1, 0]))).toBeNull()
  expect(decodeRefusalMessage(new Uint8Array([100, 5, 1]))).toBeNull()
  expect(decodeRefusalMessage(new Uint8Array([]))).toBeNull()
  const unknownCode = encodeRefusalMessage({ code: 'nope' as never, message: 'x', keys: [] })
  expect(decodeRefusalMessage(unknownCode)).toBeNull()
})
