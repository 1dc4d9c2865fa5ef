import { VersionKeptReason, VersionTrigger, type VersionKept } from '@wesee/shared'
import type { RetentionPolicy } from './RetentionPolicy.ts'

/** What retention needs to know about a version: never its data. */
export interface RetentionCandidate {
  id: string
  createdAt: number
  trigger: string
  /** The stage the group was in when it was saved, or null. */
  stage: string | null
}

/**
 * Which versions of one board to keep at `now`, and why; a version mapped
 * to null is one the tidy-up removes. Pure, so it is tested with any clock.
 *
 * - Named (saved by hand) versions are always kept.
 * - Every automatic version from the last `keepAllMs` is kept.
 * - Older than that, automatic versions are grouped into sessions: runs
 *   where each is less than `sessionGapMs` after the one before. Each
 *   session keeps its last version.
 * - Older than `monthlyAfterMs`, each calendar month (UTC) keeps its last.
 * - Whatever the age, the newest automatic version of each stage stays, so
 *   no stage is ever left without a restore point.
 */
export function planRetention(
  versions: readonly RetentionCandidate[],
  now: number,
  policy: RetentionPolicy,
): Map<string, VersionKept | null> {
  const plan = new Map<string, VersionKept | null>()
  const automatic = [...versions]
    .filter((version) => version.trigger !== VersionTrigger.Manual)
    .sort((a, b) => a.createdAt - b.createdAt)
  for (const version of versions) {
    plan.set(
      version.id,
      version.trigger === VersionTrigger.Manual ? { reason: VersionKeptReason.Named } : null,
    )
  }
  const keep = (version: RetentionCandidate, kept: VersionKept) => {
    if (plan.get(version.id) === null) plan.set(version.id, kept)
  }

  for (const version of automatic) {
    if (now - version.createdAt < policy.keepAllMs) keep(version, { reason: VersionKeptReason.Recent })
  }
  // The last of each session. A session still going on (its last version is
  // recent) is already kept by the rule above.
  automatic.forEach((version, index) => {
    const next = automatic[index + 1]
    const lastOfSession = !next || next.createdAt - version.createdAt >= policy.sessionGapMs
    const age = now - version.createdAt
    if (lastOfSession && age < policy.monthlyAfterMs) keep(version, { reason: VersionKeptReason.Session })
  })
  // The last of each month, among the versions past the monthly age.
  const lastOfMonth = new Map<string, RetentionCandidate>()
  for (const version of automatic) {
    if (now - version.createdAt >= policy.monthlyAfterMs) lastOfMonth.set(monthOf(version.createdAt), version)
  }
  for (const version of lastOfMonth.values()) keep(version, { reason: VersionKeptReason.Month })
  // The newest of each stage (versions from before any stage count as one stage).
  const newestOfStage = new Map<string | null, RetentionCandidate>()
  for (const version of automatic) newestOfStage.set(version.stage, version)
  for (const [stage, version] of newestOfStage) {
    keep(version, { reason: VersionKeptReason.StageLatest, stage })
  }
  return plan
}

/** The versions the plan removes. */
export function versionsToRemove(plan: ReadonlyMap<string, VersionKept | null>): string[] {
  return [...plan].filter(([, kept]) => kept === null).map(([id]) => id)
}

function monthOf(at: number): string {
  return new Date(at).toISOString().slice(0, 7)
}
