import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import { fileURLToPath } from 'node:url'
import { cpuRequestType, parseCpuReply } from './cpuReply.ts'
import { parseMemoryReply } from './memoryReply.ts'
import { withTimeout } from './timing.ts'

const repoRoot = fileURLToPath(new URL('..', import.meta.url))

/**
 * Limits raised so the bench measures the server, not its abuse guards, and
 * rooms stay loaded for the whole run.
 */
const benchLimits = {
  MAX_CONNECTIONS_PER_BOARD: '1000',
  MAX_BOARDS_PER_IP_PER_MINUTE: '10000',
  MAX_MESSAGES_PER_SECOND: '1000',
  MAX_MESSAGE_BYTES: String(8 * 1024 * 1024),
  // The bench's clients all come from one loopback address, most without a
  // participant token, like 200 projectors in one room.
  MAX_SOCKETS_PER_ADDRESS_PER_DOC: '1000',
  MAX_JOINS_PER_IP_PER_MINUTE: '10000',
  IDLE_UNLOAD_MS: '600000',
}

const running = new Set<ChildProcess>()

type LineListener = (line: string) => void

/** Which server to start: WeSee's own, or the stock y-websocket one (stockServer.ts) for comparison. */
export type ServerKind = 'wesee' | 'stock'

export interface ServerStartOptions {
  /** A built client to serve (the phone load scenario); the other scenarios need none. */
  clientDir?: string
  kind?: ServerKind
  /** Keep the boards in this PostgreSQL database (DATABASE_URL) instead of SQLite in DATA_DIR. */
  databaseUrl?: string
  /** Run as one node of several on `databaseUrl` (CLUSTER_SECRET, NODE_NAME). */
  node?: { secret: string; name: string }
}

/**
 * Settings the bench's own shell may hold that would change which store or
 * cluster the server uses: removed, so only the options above decide.
 */
const storeSettings = ['DATABASE_URL', 'CLUSTER_DATABASE_URL', 'CLUSTER_SECRET', 'NODE_ADDRESS', 'NODE_NAME']

function storeEnv(options: ServerStartOptions): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl
  if (options.node) {
    env.CLUSTER_SECRET = options.node.secret
    env.NODE_NAME = options.node.name
  }
  return env
}

function inheritedEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  for (const name of storeSettings) delete env[name]
  return env
}

const entryPoints: Record<ServerKind, string> = {
  wesee: 'server/src/main.ts',
  stock: 'bench/stockServer.ts',
}

/**
 * The real server (`server/src/main.ts`) in its own Node process on
 * loopback, so the bench's clients do not share its CPU time or its heap,
 * and its RSS is its own.
 */
export class ServerProcess {
  private readonly exited: Promise<void>

  private constructor(
    private readonly child: ChildProcess,
    private readonly lineListeners: Set<LineListener>,
    readonly port: number,
    readonly kind: ServerKind,
  ) {
    this.exited = new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) resolve()
      else child.once('exit', () => resolve())
    })
  }

  /**
   * Starts a server on a free port with `dataDir` as DATA_DIR (where the
   * board key secret is kept, and the boards unless `databaseUrl`); resolves
   * once it listens.
   */
  static async start(dataDir: string, options: ServerStartOptions = {}): Promise<ServerProcess> {
    const { clientDir = '/nonexistent', kind = 'wesee' } = options
    // Node runs tsx as a loader in this one process (not `npx tsx`, which
    // would put the server in a grandchild whose RSS we could not read).
    const child = spawn(
      process.execPath,
      [
        '--expose-gc',
        '--import',
        'tsx',
        '--import',
        './bench/memoryProbe.ts',
        '--import',
        './bench/cpuProbe.ts',
        entryPoints[kind],
      ],
      {
        cwd: repoRoot,
        env: {
          ...inheritedEnv(),
          ...storeEnv(options),
          ...benchLimits,
          PORT: '0',
          HOST: '127.0.0.1',
          DATA_DIR: dataDir,
          CLIENT_DIR: clientDir,
          NODE_ENV: 'production',
        },
        // The IPC channel carries cpuProbe.ts's answers.
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      },
    )
    running.add(child)
    child.once('exit', () => running.delete(child))

    // Keep the last output for error messages, and hand out stdout by line.
    let tail = ''
    const keepTail = (chunk: Buffer) => {
      tail = (tail + chunk.toString()).slice(-4000)
    }
    child.stderr?.on('data', keepTail)
    const lineListeners = new Set<LineListener>()
    let partial = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      keepTail(chunk)
      const lines = (partial + chunk.toString()).split('\n')
      partial = lines.pop() ?? ''
      for (const line of lines) for (const listener of lineListeners) listener(line)
    })

    const listening = new Promise<number>((resolve, reject) => {
      lineListeners.add((line) => {
        const match = /running on http:\/\/[^:]+:(\d+)/.exec(line)
        if (match?.[1]) resolve(Number(match[1]))
      })
      child.once('exit', (code) => reject(new Error(`server exited (${code}) before listening:\n${tail}`)))
    })
    try {
      const port = await withTimeout(listening, 30_000, 'the server to start')
      return new ServerProcess(child, lineListeners, port, kind)
    } catch (error) {
      child.kill('SIGKILL')
      throw error
    }
  }

  get pid(): number {
    return this.child.pid ?? -1
  }

  get httpUrl(): string {
    return `http://127.0.0.1:${this.port}`
  }

  /** Base URL for WebsocketProvider; the doc name is appended to it. */
  get syncUrl(): string {
    return `ws://127.0.0.1:${this.port}/sync`
  }

  /** The server process's resident set size in bytes, from /proc/<pid>/status. */
  rssBytes(): number {
    const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8')
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)
    if (!match?.[1]) throw new Error(`no VmRSS for process ${this.pid}`)
    return Number(match[1]) * 1024
  }

  /** Has the server run a full garbage collection (memoryProbe.ts) and report its memory usage. */
  collectGarbage(): Promise<NodeJS.MemoryUsage> {
    const reply = new Promise<NodeJS.MemoryUsage>((resolve) => {
      const listener = (line: string) => {
        const usage = parseMemoryReply(line)
        if (!usage) return
        this.lineListeners.delete(listener)
        resolve(usage)
      }
      this.lineListeners.add(listener)
    })
    this.child.kill('SIGUSR2')
    return withTimeout(reply, 10_000, 'the server to collect garbage')
  }

  /** The server process's CPU time so far (user + system), in seconds, from cpuProbe.ts. */
  cpuSeconds(): Promise<number> {
    const reply = new Promise<number>((resolve) => {
      const listener = (message: unknown) => {
        const microseconds = parseCpuReply(message)
        if (microseconds === null) return
        this.child.off('message', listener)
        resolve(microseconds / 1e6)
      }
      this.child.on('message', listener)
    })
    this.child.send(cpuRequestType)
    // A server still working through a backlog answers late.
    return withTimeout(reply, 60_000, 'the server to report its CPU time')
  }

  /** Stops the server as a deployment would (SIGTERM: compact, flush, exit); kills it if that hangs. */
  async stop(): Promise<void> {
    this.child.kill('SIGTERM')
    try {
      await withTimeout(this.exited, 15_000, 'the server to stop')
    } catch {
      this.child.kill('SIGKILL')
      await this.exited
    }
  }
}

/** Kills every server this process started and has not stopped (on a bench failure or exit). */
export function killRunningServers(): void {
  for (const child of running) child.kill('SIGKILL')
  running.clear()
}
