import pino, { type DestinationStream, type Logger } from 'pino'

/**
 * Where a secret could ride along if someone logged a request, a header or
 * a body: pino replaces these with "[redacted]". Defence in depth only: the
 * server logs no headers, bodies or query strings (keys travel in the
 * Authorization and Sec-WebSocket-Protocol headers, and in `?key=…&token=…`
 * for stock sync clients), and it logs paths through `describePath`.
 */
export const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["sec-websocket-protocol"]',
  'headers.authorization',
  'headers.cookie',
  'headers["sec-websocket-protocol"]',
  'req.headers["x-wesee-cluster-secret"]',
  'headers["x-wesee-cluster-secret"]',
  'url',
  'req.url',
  'key',
  'token',
  'joinCode',
  'text',
  '*.key',
  '*.token',
  '*.joinCode',
  '*.text',
]

/**
 * The server's structured logger: one JSON object a line on stdout, at
 * LOG_LEVEL (trace, debug, info, warn, error, fatal or silent; info by default).
 */
export function createLogger(level: string = 'info', destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'wesee' },
      redact: { paths: redactedPaths, censor: '[redacted]' },
      // Readable times for the volunteer who reads the log in a terminal.
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    destination,
  )
}

/** The one logger every part of the server writes to. */
export const logger: Logger = createLogger(readLevel(process.env.LOG_LEVEL))

function readLevel(raw: string | undefined): string {
  const level = raw?.trim().toLowerCase()
  if (!level) return 'info'
  if (level in pino.levels.values || level === 'silent') return level
  // A typo must not silence the log: say so once, and keep the default.
  process.stderr.write(
    `LOG_LEVEL "${raw}" is not a level (trace, debug, info, warn, error, fatal, silent); using info\n`,
  )
  return 'info'
}

/**
 * A request path fit for the log: no query string (a stock sync client's
 * key and token travel there), and the join code in `/api/join/<code>`
 * hidden. Board ids stay: they are not secrets, and they say which board.
 */
export function describePath(rawUrl: string | undefined): string {
  const path = (rawUrl ?? '/').split(/[?#]/, 1)[0] ?? '/'
  return path.replace(/^\/api\/join\/[^/]*/, '/api/join/:code')
}

/** The board a request path is about, when it names one. */
export function boardIdOfPath(path: string): string | undefined {
  const match = /^\/(?:api\/boards|sync|b)\/([A-Za-z0-9_-]{1,64})(?:[/?]|$)/.exec(path)
  const id = match?.[1]
  return id && id !== 'import' ? id : undefined
}
