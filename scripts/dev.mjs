// `pnpm dev`: the server (restarting on change) and Vite (hot reload), which
// proxies /api and /sync to the server. Open http://localhost:5173.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const children = [
  spawn('pnpm', ['--filter', '@wesee/server', 'dev'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, CLIENT_DIR: '' },
  }),
  spawn('pnpm', ['--filter', '@wesee/client', 'dev'], { cwd: root, stdio: 'inherit' }),
]
const stop = (signal) => children.forEach((child) => child.kill(signal))
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal))
for (const child of children)
  child.on('exit', (code) => {
    stop('SIGTERM')
    process.exitCode = code ?? 0
  })
