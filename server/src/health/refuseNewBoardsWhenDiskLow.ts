import type { RequestHandler } from 'express'
import { ErrorReason } from '@wesee/shared'
import type { ServerConfig } from '../config.ts'
import { ApiError } from '../http/ApiError.ts'
import { freeDiskBytes } from './freeDiskBytes.ts'

/**
 * Refuses making a board (new, duplicated or imported) while the disk under
 * the data folder has less than `minFreeDiskForNewBoardsBytes` free: a new
 * board would fail mid-session, while the boards already open need the room
 * that is left. A disk that cannot be asked is not refused here; /readyz says so.
 */
export function refuseNewBoardsWhenDiskLow(
  config: Pick<ServerConfig, 'dataDir' | 'minFreeDiskForNewBoardsBytes'>,
): RequestHandler {
  return (_req, _res, next) => {
    const free = freeDiskBytes(config.dataDir)
    if (free !== null && free < config.minFreeDiskForNewBoardsBytes) {
      next(ApiError.because(ErrorReason.OutOfSpace))
      return
    }
    next()
  }
}
