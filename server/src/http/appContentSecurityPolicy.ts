import type { RequestHandler } from 'express'

/**
 * The Content-Security-Policy of the app's pages: everything from this
 * server only, so no picture, font or script can make a browser call another
 * host (which would see the IP address of everyone on the board).
 * tldraw 3.15 needs inline styles (it positions shapes with style
 * attributes), `data:` and `blob:` images and fonts (pasted pictures before
 * upload, and the fonts it embeds when exporting to PNG or SVG), and `blob:`
 * workers. The sync socket is on the same origin (`connect-src 'self'`).
 */
export const appContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data: blob:",
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ')

/** Sends the app's policy on every response of the built client (API routes answered before this). */
export const sendAppContentSecurityPolicy: RequestHandler = (req, res, next) => {
  if (!/^\/(api|sync)\/|^\/healthz/.test(req.path)) {
    res.setHeader('Content-Security-Policy', appContentSecurityPolicy)
  }
  next()
}
