import type { VersionPruneReport, VersionRetention } from '../versions/retention/VersionRetention.ts'

/** What one tidy-up did (or, in a dry run, would do). */
export interface MaintenanceReport {
  versions: VersionPruneReport
}

/**
 * The periodic tidy-up of a server that runs unattended: thins old
 * automatic versions. `pnpm wesee prune` runs the same pass by hand.
 */
export class Maintenance {
  private timer: NodeJS.Timeout | null = null

  constructor(
    private readonly retention: VersionRetention,
    private readonly everyMs: number,
  ) {}

  /** One pass; `at` and `dryRun` for tests and the CLI's `--dry-run`. */
  run(options: { at?: number; dryRun?: boolean } = {}): MaintenanceReport {
    return { versions: this.retention.prune(options) }
  }

  /** Runs a pass every `everyMs` (none when it is 0). */
  start(): void {
    if (this.timer || this.everyMs <= 0) return
    this.timer = setInterval(() => {
      try {
        const report = this.run()
        if (report.versions.removed.length > 0) {
          console.log(`[wesee] tidy-up removed ${report.versions.removed.length} old versions`)
        }
      } catch (error) {
        console.warn('[wesee] tidy-up failed', error)
      }
    }, this.everyMs)
    this.timer.unref()
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }
}
