import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Logger } from 'pino'
import { boardIdOfPath, describePath, logger } from './logger.ts'

const requestLogs = new WeakMap<IncomingMessage, Logger>()

/** Paths a monitor asks every few seconds: logged at debug, so they do not drown the rest. */
const quietPaths = new Set(['/healthz', '/readyz', '/metrics'])

/** A request id from the proxy in front, when it is a plain short token; else our own. */
function requestIdOf(req: IncomingMessage): string {
  const fromProxy = req.headers['x-request-id']
  if (typeof fromProxy === 'string' && /^[A-Za-z0-9._-]{1,64}$/.test(fromProxy)) return fromProxy
  return randomUUID()
}

/**
 * Gives a request its id (sent back as X-Request-Id) and a logger that
 * carries it and the board id, and logs one line when the answer is sent:
 * method, path (see describePath: never a query string or a join code),
 * status and time taken.
 */
export function logRequest(req: IncomingMessage, res: ServerResponse): void {
  const reqId = requestIdOf(req)
  const path = describePath(req.url)
  const boardId = boardIdOfPath(path)
  const log = logger.child(boardId ? { reqId, boardId } : { reqId })
  requestLogs.set(req, log)
  res.setHeader('X-Request-Id', reqId)
  const startedAt = process.hrtime.bigint()
  res.once('close', () => {
    const ms = Number(process.hrtime.bigint() - startedAt) / 1e6
    const line = { method: req.method, path, status: res.statusCode, ms: Math.round(ms * 10) / 10 }
    if (quietPaths.has(path)) log.debug(line, 'request')
    else log.info(line, 'request')
  })
}

/** The logger of a request (with its id and board), or the server's when it has none. */
export function requestLog(req: IncomingMessage): Logger {
  return requestLogs.get(req) ?? logger
}
