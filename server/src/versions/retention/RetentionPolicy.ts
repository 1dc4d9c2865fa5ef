/**
 * How long automatic versions are kept, and how thinly (docs/operations.md,
 * "Version retention"). Named versions are never thinned.
 */
export interface RetentionPolicy {
  /** Every automatic version younger than this is kept. */
  keepAllMs: number
  /** Versions closer together than this belong to one session; a past session keeps its last one. */
  sessionGapMs: number
  /** Past this age, only the last version of each month is kept. */
  monthlyAfterMs: number
}

const hour = 60 * 60 * 1000
const day = 24 * hour

export const defaultRetentionPolicy: RetentionPolicy = {
  keepAllMs: day,
  sessionGapMs: 2 * hour,
  monthlyAfterMs: 365 * day,
}
