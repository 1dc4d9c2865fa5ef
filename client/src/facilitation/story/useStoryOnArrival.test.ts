import { Role } from '@wesee/shared'
import { describe, expect, it } from 'vitest'
import { awayForMs, storyToAsk } from './useStoryOnArrival.ts'

describe('storyToAsk', () => {
  const now = 1_800_000_000_000
  it('tells someone new the whole story once the session is under way, and nothing before', () => {
    expect(storyToAsk(Role.Participant, null, now, true)).toEqual({ since: null })
    expect(storyToAsk(Role.Participant, null, now, false)).toBeNull()
  })
  it('tells someone back after more than an hour what is new since they were here', () => {
    const before = now - awayForMs - 1
    expect(storyToAsk(Role.Participant, before, now, true)).toEqual({ since: before })
    expect(storyToAsk(Role.Participant, now - awayForMs + 1000, now, true)).toBeNull()
  })
  it('never opens it by itself for the facilitator or a view-only link', () => {
    expect(storyToAsk(Role.Facilitator, null, now, true)).toBeNull()
    expect(storyToAsk(Role.Viewer, now - 2 * awayForMs, now, true)).toBeNull()
  })
})
