import type { ServerConfig } from '../config.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import { freeDiskBytes } from './freeDiskBytes.ts'

/** What /readyz answers: each check, and in plain words what is wrong when one fails. */
export interface Readiness {
  ready: boolean
  checks: {
    store: 'ok' | 'failing'
    disk: { freeBytes: number | null; ok: boolean }
  }
  problems?: string[]
}

const megabyte = 1024 * 1024

/**
 * Whether the server can take on work: the store answers a trivial query
 * and the disk under the data folder has at least `minFreeDiskBytes` free.
 * Cheap enough for a load balancer or a monitor to ask every few seconds.
 */
export async function readiness(
  config: Pick<ServerConfig, 'dataDir' | 'minFreeDiskBytes'>,
  store: BoardStore,
): Promise<Readiness> {
  const storeOk = await store.isHealthy()
  const freeBytes = freeDiskBytes(config.dataDir)
  const diskOk = freeBytes !== null && freeBytes >= config.minFreeDiskBytes
  const problems: string[] = []
  if (!storeOk) problems.push('The database does not answer.')
  if (freeBytes === null) problems.push('The free space of the data folder cannot be read.')
  else if (!diskOk) {
    problems.push(
      `The data folder's disk has ${Math.floor(freeBytes / megabyte)} MB free, ` +
        `less than the ${Math.ceil(config.minFreeDiskBytes / megabyte)} MB asked for (MIN_FREE_DISK_MB).`,
    )
  }
  const result: Readiness = {
    ready: storeOk && diskOk,
    checks: { store: storeOk ? 'ok' : 'failing', disk: { freeBytes, ok: diskOk } },
  }
  if (problems.length > 0) result.problems = problems
  return result
}
