import { describe, expect, it } from 'vitest'
import { moneyFrom, penceFrom } from './boardSettingsApi.ts'

describe('money typed by a facilitator', () => {
  it('reads pounds and pence, with or without a sign, and empty as none', () => {
    expect(penceFrom('25')).toBe(2500)
    expect(penceFrom('12.50')).toBe(1250)
    expect(penceFrom('£12.5')).toBe(1250)
    expect(penceFrom('7,25')).toBe(725)
    expect(penceFrom('  ')).toBeNull()
  })
  it('refuses what is not money', () => {
    for (const typed of ['-3', 'ten', '1.234', '1e3', '999999']) expect(penceFrom(typed)).toBeUndefined()
  })
  it('writes pence back as pounds', () => {
    expect(moneyFrom(1250)).toBe('12.50')
    expect(moneyFrom(null)).toBe('')
  })
})
