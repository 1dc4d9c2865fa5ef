import { VersionTrigger } from '@wesee/shared'
import { saveVersion } from '../../src/versions/saveVersion.ts'
import type { TestServer } from '../helpers/testServer.ts'

/**
 * Four versions for the tidy-up to judge, whichever engine keeps them: one
 * session thirty days ago, three versions an hour apart (the tidy-up keeps
 * its last), and one kept by name from over a year ago. Prune removes two.
 */
export async function saveOldSessions(server: TestServer, boardId: string): Promise<void> {
  const now = Date.now()
  const deps = (at: number) => ({ ...server.server.versions.deps, now: () => at })
  for (const hoursBefore of [2, 1, 0]) {
    await saveVersion(deps(now - 30 * 24 * 3600_000 - hoursBefore * 3600_000), boardId, VersionTrigger.Hourly)
  }
  await saveVersion(deps(now - 400 * 24 * 3600_000), boardId, VersionTrigger.Manual, 'Kept by name')
}
