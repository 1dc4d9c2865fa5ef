import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { onTestFinished } from 'vitest'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

export interface ChildServer {
  child: ChildProcess
  port: number
  url: string
  syncUrl: string
  /** Sends a signal and resolves once the process has exited. */
  kill(signal: NodeJS.Signals): Promise<void>
}

/**
 * Runs the server as its own process (`server/src/main.ts` under tsx, as
 * `pnpm start` does), so a test can `kill -9` it. Node runs the entry itself
 * with tsx as a loader: the `tsx` command would put a second process in
 * between, and SIGKILL on that one would leave the real server running.
 */
export async function startChildServer(
  dataDir: string,
  env: Record<string, string> = {},
  /** The entry to run, from the repository root (a test may run its own). */
  entry = 'server/src/main.ts',
): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      CLIENT_DIR: path.join(dataDir, 'no-client-here'),
      // The helpers read info lines (the port, "Received SIGTERM"), even in a run with LOG_LEVEL=warn.
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  onTestFinished(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL')
      await exited
    }
  })
  const port = await readPort(child)
  const url = `http://127.0.0.1:${port}`
  return {
    child,
    port,
    url,
    syncUrl: `ws://127.0.0.1:${port}/sync`,
    kill: async (signal) => {
      child.kill(signal)
      await exited
    },
  }
}

/** Waits for the "running on http://localhost:<port>" line main.ts prints. */
function readPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let stdout = ''
    let stderr = ''
    const timer = setTimeout(() => reject(new Error(`Server did not start:\n${stdout}\n${stderr}`)), 20_000)
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const match = /running on http:\/\/[^:\s]+:(\d+)/.exec(stdout)
      if (match) {
        clearTimeout(timer)
        resolve(Number(match[1]))
      }
    })
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`Server exited (${code ?? signal}) before starting:\n${stdout}\n${stderr}`))
    })
  })
}
