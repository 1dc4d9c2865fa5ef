import type { RequestHandler } from 'express'

/**
 * A request that changes something is answered only once every doc update
 * it made is stored (and relayed): rooms store asynchronously, in batches,
 * and an answer must never promise a change a crash could still lose.
 * Reads (GET, HEAD) are answered at once.
 */
export function answerWhenStored(settled: () => Promise<void>): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') {
      next()
      return
    }
    const end = res.end.bind(res) as (...args: unknown[]) => typeof res
    res.end = ((...args: unknown[]) => {
      settled().then(
        () => end(...args),
        // Settling never rejects (a room that cannot store closes itself); answer anyway.
        () => end(...args),
      )
      return res
    }) as typeof res.end
    next()
  }
}
