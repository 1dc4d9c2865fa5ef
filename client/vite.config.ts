import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

const serverUrl = process.env.WESEE_SERVER_URL ?? 'http://localhost:3000'

// In dev, Vite serves the client and proxies the API and sync sockets to the
// Node server, so the browser talks to one origin as in production.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': serverUrl,
      '/healthz': serverUrl,
      '/sync': { target: serverUrl.replace(/^http/, 'ws'), ws: true },
    },
  },
  build: {
    chunkSizeWarningLimit: 4000,
    // One stylesheet, loaded first: the board's script loads on its own
    // (app/lazyPages.ts), but its styles must cascade as written.
    cssCodeSplit: false,
    sourcemap: true,
    // JSON is never inlined as a data: URL. tldraw fetches its translations
    // (en.json is `{}`, small enough for Vite to inline), and the app's CSP
    // (connect-src 'self') blocks fetching a data: URL: tldraw then gave up and
    // stayed in English, with none of our Welsh words and none of its own Arabic.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
  },
})
