import { expect, test } from 'vitest'
import { configFromEnv } from '../../config.ts'
import { planRetention, versionsToRemove, type RetentionCandidate } from './planRetention.ts'
import { defaultRetentionPolicy } from './RetentionPolicy.ts'

const minute = 60_000
const hour = 60 * minute
const day = 24 * hour
/** The fake clock: all times are chosen, nothing waits. */
const now = Date.parse('2027-06-15T12:00:00Z')

let next = 0
function version(ageMs: number, trigger = 'stage', stage: string | null = 'exploration'): RetentionCandidate {
  return { id: `v${next++}`, createdAt: now - ageMs, trigger, stage }
}

function plan(versions: RetentionCandidate[]) {
  return planRetention(versions, now, defaultRetentionPolicy)
}

test('everything from the last day is kept, named versions for ever', () => {
  const versions = [
    version(5 * minute),
    version(10 * minute),
    version(23 * hour),
    version(3 * 365 * day, 'manual'),
    version(40 * day, 'manual'),
  ]
  const kept = plan(versions)
  expect(kept.get('v0')).toEqual({ reason: 'recent' })
  expect(kept.get('v1')).toEqual({ reason: 'recent' })
  expect(kept.get('v2')).toEqual({ reason: 'recent' })
  expect(kept.get(versions[3]!.id)).toEqual({ reason: 'named' })
  expect(kept.get(versions[4]!.id)).toEqual({ reason: 'named' })
  expect(versionsToRemove(kept)).toEqual([])
})

test('after a day, each session (versions under two hours apart) keeps its last one', () => {
  // A morning session ten days ago: four versions over three hours, each under two hours after the last.
  const morning = [0, 50, 100, 170].map((m) => version(10 * day - m * minute, 'hourly', 'engagement'))
  // The next session starts two hours after the morning's last version: a new session.
  const afternoon = [0, 30].map((m) => version(10 * day - 290 * minute - m * minute, 'stage', 'engagement'))
  // Today's session, so the stages' newest versions are recent ones.
  const today = [version(hour, 'stage', 'engagement')]
  const kept = plan([...morning, ...afternoon, ...today])
  expect(kept.get(morning[3]!.id)).toEqual({ reason: 'session' })
  expect(kept.get(afternoon[1]!.id)).toEqual({ reason: 'session' })
  expect(versionsToRemove(kept).sort()).toEqual(
    [morning[0]!.id, morning[1]!.id, morning[2]!.id, afternoon[0]!.id].sort(),
  )
})

test('after a year, each month keeps its last version', () => {
  // Weekly sessions (one version each) through March and April of last year.
  const march = [2, 9, 16, 23, 30].map((d) => ({
    id: `march-${d}`,
    createdAt: Date.parse(`2026-03-${String(d).padStart(2, '0')}T10:00:00Z`),
    trigger: 'stage',
    stage: 'exploration',
  }))
  const april = [6, 13].map((d) => ({
    id: `april-${d}`,
    createdAt: Date.parse(`2026-04-${String(d).padStart(2, '0')}T10:00:00Z`),
    trigger: 'stage',
    stage: 'exploration',
  }))
  const recent = version(2 * hour, 'stage', 'exploration')
  const kept = plan([...march, ...april, recent])
  expect(kept.get('march-30')).toEqual({ reason: 'month' })
  expect(kept.get('april-13')).toEqual({ reason: 'month' })
  expect(versionsToRemove(kept).sort()).toEqual(
    ['march-2', 'march-9', 'march-16', 'march-23', 'april-6'].sort(),
  )
})

test("a stage's newest version stays, however old, so no stage loses its only restore point", () => {
  // Engagement ended two years ago, in the same month as some Exploration work.
  const engagement = version(2 * 365 * day + hour, 'stage', 'engagement')
  const exploration = version(2 * 365 * day, 'stage', 'exploration')
  // A board without stages, from before any stage began.
  const before = version(2 * 365 * day + 2 * hour, 'hourly', null)
  const kept = plan([engagement, exploration, before])
  expect(kept.get(exploration.id)).toEqual({ reason: 'month' })
  expect(kept.get(engagement.id)).toEqual({ reason: 'stage-latest', stage: 'engagement' })
  expect(kept.get(before.id)).toEqual({ reason: 'stage-latest', stage: null })
  expect(versionsToRemove(kept)).toEqual([])
})

test('the settings come from the environment, and a wrong one stops the server with its name', () => {
  const config = configFromEnv({
    VERSIONS_KEEP_ALL_HOURS: '48',
    VERSIONS_SESSION_GAP_HOURS: '3',
    VERSIONS_MONTHLY_AFTER_DAYS: '90',
    MAINTENANCE_EVERY_MINUTES: '0',
  })
  expect(config.retention).toEqual({ keepAllMs: 48 * hour, sessionGapMs: 3 * hour, monthlyAfterMs: 90 * day })
  expect(config.maintenanceEveryMs).toBe(0)
  expect(configFromEnv({}).retention).toEqual(defaultRetentionPolicy)
  expect(() => configFromEnv({ VERSIONS_KEEP_ALL_HOURS: 'a day' })).toThrow(/VERSIONS_KEEP_ALL_HOURS/)
  expect(() => configFromEnv({ VERSIONS_SESSION_GAP_HOURS: '-1' })).toThrow(/VERSIONS_SESSION_GAP_HOURS/)
})
