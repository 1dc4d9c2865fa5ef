import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

/**
 * A PostgreSQL cluster of the run's own (the tests' or `pnpm bench`'s):
 * `initdb` into a temp folder, `pg_ctl start` on a free loopback port
 * (socket in the same folder), stopped and removed at the end. Nothing
 * depends on a server outside the run. Postgres refuses to run as root, so
 * as root (CI containers) it runs as the `postgres` user the Debian package
 * makes. No vitest here, so the bench (which runs outside vitest) can start
 * one too; postgresCluster.ts adds the test suites' wrapper.
 */
export interface PostgresCluster {
  /** A fresh, empty database on the cluster: its connection string. */
  newDatabase(): Promise<string>
  /** The cluster's admin address (database postgres), for a run that makes its own databases (WESEE_TEST_POSTGRES). */
  adminUrl: string
  stop(): Promise<void>
}

/** Where the binaries are: $PG_BIN, Debian's /usr/lib/postgresql/<version>/bin (newest), or the PATH. */
export function findPostgresBinaries(): string | null {
  const candidates: string[] = []
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN)
  const debian = '/usr/lib/postgresql'
  if (fs.existsSync(debian)) {
    const versions = fs
      .readdirSync(debian)
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a))
    candidates.push(...versions.map((version) => path.join(debian, version, 'bin')))
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) if (dir) candidates.push(dir)
  for (const dir of candidates) {
    if (['initdb', 'pg_ctl', 'postgres'].every((name) => fs.existsSync(path.join(dir, name)))) return dir
  }
  return null
}

/**
 * Why PostgreSQL tests cannot run here, or null when they can. Without the
 * binaries a developer's machine skips them (saying so); CI (`CI`, or
 * `WESEE_REQUIRE_POSTGRES` which `.ci/run` sets) must have them, so there
 * their absence is a failure, never a silent skip.
 */
export function postgresUnavailable(): string | null {
  if (findPostgresBinaries()) return null
  const reason =
    'PostgreSQL binaries (initdb, pg_ctl, postgres) were not found in $PG_BIN, /usr/lib/postgresql/*/bin or the PATH. ' +
    'Install them (Debian: apt-get install postgresql) to run the PostgreSQL tests.'
  if (process.env.CI || process.env.WESEE_REQUIRE_POSTGRES)
    throw new Error(`${reason} In CI they are required.`)
  return reason
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Runs a PostgreSQL binary, as `postgres` when this process is root. */
function runPostgresTool(bin: string, tool: string, args: string[]): void {
  const command = path.join(bin, tool)
  const asRoot = process.getuid?.() === 0
  const [file, fileArgs] = asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args]
  try {
    execFileSync(file, fileArgs, { stdio: 'pipe', timeout: 60_000 })
  } catch (error) {
    const output = error as { stdout?: Buffer; stderr?: Buffer }
    throw new Error(
      `${tool} ${args.join(' ')} failed:\n${output.stdout?.toString() ?? ''}${output.stderr?.toString() ?? ''}`,
      { cause: error },
    )
  }
}

/** Makes an empty database on the PostgreSQL at `adminUrl`; resolves with its address. */
export async function createDatabase(adminUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE ${name}`)
  } finally {
    await admin.end()
  }
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return url.toString()
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = findPostgresBinaries()
  if (!bin) throw new Error(postgresUnavailable() ?? 'PostgreSQL binaries not found')
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wesee-pg-'))
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim())
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim())
    fs.chownSync(dir, uid, gid)
  }
  const dataDir = path.join(dir, 'data')
  const port = await freePort()
  // Trust on loopback only, in a throw-away cluster; no fsync, since nothing here must outlive the run.
  runPostgresTool(bin, 'initdb', ['-D', dataDir, '-U', 'wesee', '--auth=trust', '-E', 'UTF8', '--no-sync'])
  runPostgresTool(bin, 'pg_ctl', [
    '-D',
    dataDir,
    '-l',
    path.join(dir, 'server.log'),
    '-o',
    `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c max_connections=200`,
    '-w',
    '-t',
    '60',
    'start',
  ])
  const adminUrl = `postgres://wesee@127.0.0.1:${port}/postgres`
  let databases = 0
  return {
    adminUrl,
    newDatabase: () => createDatabase(adminUrl, `wesee_test_${++databases}`),
    async stop() {
      try {
        runPostgresTool(bin, 'pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop'])
      } finally {
        fs.rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}
