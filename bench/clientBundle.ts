import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import zlib from 'node:zlib'

const repoRoot = fileURLToPath(new URL('..', import.meta.url))
/** Where `pnpm build` puts the client; the phone scenario serves it too. */
export const clientDistDir = path.join(repoRoot, 'client/dist')

export interface BundleSize {
  /** Every JavaScript file the build wrote, gzipped (level 9), in bytes. */
  allJsGzip: number
  /** The scripts index.html loads before anything else (entry and preloads), gzipped. */
  firstLoadJsGzip: number
  files: number
}

/** Builds the client when no build is there (a fresh checkout), so the figures are of real files. */
export function ensureClientBuilt(): void {
  if (fs.existsSync(path.join(clientDistDir, 'index.html'))) return
  execFileSync('pnpm', ['--filter', '@wesee/client', 'build'], { cwd: repoRoot, stdio: 'ignore' })
}

/** The gzip size of the client's JavaScript, as a browser on a slow link would download it. */
export function measureClientBundle(): BundleSize {
  ensureClientBuilt()
  const jsFiles = listFiles(clientDistDir).filter((file) => file.endsWith('.js'))
  const gzip = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length
  const html = fs.readFileSync(path.join(clientDistDir, 'index.html'), 'utf8')
  // <script type="module" src="…"> and <link rel="modulepreload" href="…">.
  const firstLoad = [...html.matchAll(/(?:src|href)="(\/[^"]+\.js)"/g)].map((m) =>
    path.join(clientDistDir, m[1]!),
  )
  return {
    allJsGzip: jsFiles.reduce((sum, file) => sum + gzip(file), 0),
    firstLoadJsGzip: firstLoad
      .filter((file) => fs.existsSync(file))
      .reduce((sum, file) => sum + gzip(file), 0),
    files: jsFiles.length,
  }
}

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? listFiles(full) : [full]
  })
}
