import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import type { RequestHandler } from 'express'

/** Text assets worth compressing; fonts (woff2) and pictures are compressed already. */
const compressible = new Set(['.js', '.css', '.json', '.svg', '.map'])

/**
 * Serves the built client's hashed text assets gzipped. Most people open
 * WeSee on a phone, often on slow mobile data: the board's script is about
 * 2 MB as written and about a third of that gzipped. Hashed files never
 * change, so each is compressed once, on first request, and kept in memory.
 */
export function compressedAssets(clientDir: string): RequestHandler {
  const assetsDir = path.join(clientDir, 'assets')
  const cache = new Map<string, Buffer>()
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next()
    if (!/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) return next()
    const name = req.path.startsWith('/assets/') ? req.path.slice('/assets/'.length) : null
    // Plain file names only: no folders, no "..".
    if (!name || !/^[\w.-]+$/.test(name) || name.startsWith('.')) return next()
    const extension = path.extname(name)
    if (!compressible.has(extension)) return next()
    let body = cache.get(name)
    if (!body) {
      const file = path.join(assetsDir, name)
      if (!fs.existsSync(file)) return next()
      body = zlib.gzipSync(fs.readFileSync(file), { level: 9 })
      cache.set(name, body)
    }
    res.type(extension)
    res.setHeader('Content-Encoding', 'gzip')
    res.setHeader('Vary', 'Accept-Encoding')
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
    res.setHeader('Content-Length', String(body.length))
    if (req.method === 'HEAD') res.end()
    else res.end(body)
  }
}
