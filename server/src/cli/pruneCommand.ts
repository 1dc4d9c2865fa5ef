import type { ServerConfig } from '../config.ts'
import { Maintenance } from '../maintenance/Maintenance.ts'
import { VersionRetention } from '../versions/retention/VersionRetention.ts'
import { openForTool } from './openForTool.ts'
import { bytesInWords, ExitCode, timeInWords, type Output } from './words.ts'

/**
 * `pnpm wesee prune [--dry-run]`: the server's tidy-up, by hand: old
 * automatic versions thinned by the retention settings, pictures nothing
 * uses removed, on SQLite or PostgreSQL. `--dry-run` lists what would go
 * and changes nothing. Safe while the server runs (it never touches an
 * upload under way).
 */
export async function pruneCommand(
  config: ServerConfig,
  { dryRun }: { dryRun: boolean },
  out: Output,
): Promise<number> {
  const storage = await openForTool(config, 'tidy', out)
  if (!storage) return ExitCode.Problem
  const { store, uploads: assets } = storage
  try {
    const retention = new VersionRetention(store, config.retention)
    const { versions, uploads } = await new Maintenance({ store, assets, retention }, 0).run({ dryRun })
    const verb = dryRun ? 'Would remove' : 'Removed'
    out.say(`${verb} ${versions.removed.length} old versions (${bytesInWords(versions.bytes)}):`)
    for (const version of versions.removed) {
      const name = version.name ? ` “${version.name}”` : ''
      out.say(
        `  ${version.boardTitle} (${version.boardId}): ${version.trigger}${name}, saved ${timeInWords(version.createdAt)}`,
      )
    }
    out.say(`${verb} ${uploads.removed.length} pictures nothing uses (${bytesInWords(uploads.bytes)}).`)
    for (const upload of uploads.removed) out.say(`  ${upload.hash} (${bytesInWords(upload.size)})`)
    if (uploads.strayFiles.length > 0) {
      out.say(`${verb} ${uploads.strayFiles.length} files in the uploads folder that belong to nothing.`)
    }
    if (versions.compacted > 0) out.say(`Compressed ${versions.compacted} versions saved by an older WeSee.`)
    if (dryRun) out.say('Nothing was changed (--dry-run).')
    return ExitCode.Done
  } finally {
    await store.close()
  }
}
