import { describe, expect, it } from 'vitest'
import { chooseVoice, type VoiceLike } from './chooseVoice.ts'

const voice = (name: string, lang: string, extra: Partial<VoiceLike> = {}): VoiceLike => ({
  name,
  lang,
  default: false,
  localService: false,
  ...extra,
})

const english = voice('Daniel', 'en-GB', { default: true, localService: true })
const american = voice('Samantha', 'en-US', { localService: true })
const welshOnline = voice('Google Cymraeg', 'cy-GB')
const welshOnDevice = voice('Gwyneth', 'cy_GB', { localService: true })
const arabic = voice('Maged', 'ar-SA', { localService: true })

describe('chooseVoice', () => {
  it('reads Welsh with a Welsh voice, matched by language tag whatever its region or spelling', () => {
    expect(chooseVoice([english, welshOnline, arabic], 'cy', ['en-GB'])).toEqual({
      kind: 'voice',
      voice: welshOnline,
    })
    expect(chooseVoice([english, welshOnline], 'CY-gb', ['en-GB'])).toEqual({
      kind: 'voice',
      voice: welshOnline,
    })
  })

  it('prefers a Welsh voice on the device to one online', () => {
    expect(chooseVoice([welshOnline, welshOnDevice], 'cy-GB', [])).toEqual({
      kind: 'voice',
      voice: welshOnDevice,
    })
  })

  it('prefers the exact region, then the device’s default voice', () => {
    expect(chooseVoice([american, english], 'en-US', [])).toEqual({ kind: 'voice', voice: american })
    expect(chooseVoice([american, english], 'en', [])).toEqual({ kind: 'voice', voice: english })
    // No British voice: an American one still speaks English.
    expect(chooseVoice([arabic, american], 'en-GB', [])).toEqual({ kind: 'voice', voice: american })
  })

  it('never reads Welsh with an English voice', () => {
    expect(chooseVoice([english, american, arabic], 'cy', ['cy-GB', 'en-GB'])).toEqual({ kind: 'none' })
    // Not fooled by a tag that only starts with the same letters.
    expect(chooseVoice([voice('Cymric?', 'cyr')], 'cy', [])).toEqual({ kind: 'none' })
  })

  it('with no voices listed, lets the device speak only its own language', () => {
    expect(chooseVoice([], 'en-GB', ['en-US', 'en'])).toEqual({ kind: 'device default' })
    expect(chooseVoice([], 'cy', ['en-US', 'en'])).toEqual({ kind: 'none' })
    expect(chooseVoice([], 'cy', ['cy'])).toEqual({ kind: 'device default' })
  })

  it('reads nothing for a missing language', () => {
    expect(chooseVoice([english], '', ['en'])).toEqual({ kind: 'none' })
  })
})
