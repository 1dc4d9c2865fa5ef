import type { UploadStore } from '../storage/UploadStore.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import type { VersionPruneReport, VersionRetention } from '../versions/retention/VersionRetention.ts'
import { tidyUploads, type UploadTidyReport } from './tidyUploads.ts'
import { logger } from '../logging/logger.ts'

/** What one tidy-up did (or, in a dry run, would do). */
export interface MaintenanceReport {
  versions: VersionPruneReport
  uploads: UploadTidyReport
}

export interface MaintenanceDeps {
  store: BoardStore
  assets: UploadStore
  retention: VersionRetention
}

/**
 * The periodic tidy-up of a server that runs unattended: thins old
 * automatic versions, then removes uploaded images nothing uses any more
 * (versions go first, as they may be what still held an image).
 * `pnpm wesee prune` runs the same pass by hand.
 */
export class Maintenance {
  private timer: NodeJS.Timeout | null = null
  private running: Promise<void> | null = null

  constructor(
    private readonly deps: MaintenanceDeps,
    private readonly everyMs: number,
  ) {}

  /** One pass; `at` and `dryRun` for tests and the CLI's `--dry-run`. */
  async run(options: { at?: number; dryRun?: boolean } = {}): Promise<MaintenanceReport> {
    const versions = await this.deps.retention.prune(options)
    const uploads = await tidyUploads(this.deps, options)
    return { versions, uploads }
  }

  /** Runs a pass every `everyMs` (none when it is 0). */
  start(): void {
    if (this.timer || this.everyMs <= 0) return
    this.timer = setInterval(() => {
      // A slow store must not start a second pass over the first.
      if (this.running) return
      this.running = this.run()
        .then(({ versions, uploads }) => {
          if (versions.removed.length + uploads.removed.length > 0) {
            logger.info(
              { versions: versions.removed.length, pictures: uploads.removed.length },
              'tidy-up removed old versions and unused pictures',
            )
          }
        })
        .catch((error: unknown) => logger.warn({ err: error }, 'tidy-up failed'))
        .finally(() => (this.running = null))
    }, this.everyMs)
    this.timer.unref()
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
  }
}
