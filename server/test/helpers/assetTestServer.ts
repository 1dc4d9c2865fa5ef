import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { CreatedBoard, Limits } from '@wesee/shared'
import { onTestFinished } from 'vitest'
import { configFromEnv, type ServerConfig } from '../../src/config.ts'
import { WeSeeServer } from '../../src/WeSeeServer.ts'

export interface AssetTestServer {
  url: string
  dataDir: string
  /** The folder uploaded images are stored in. */
  assetsDir: string
  createBoard(): Promise<CreatedBoard>
  /** Sends `bytes` as an upload to a board, with `key` and a declared type. */
  upload(boardId: string, key: string | null, bytes: Uint8Array, contentType?: string): Promise<Response>
  /** Closes this server and starts another on the same data folder. */
  restart(): Promise<AssetTestServer>
}

/**
 * Starts the real server on a free port with a temporary data folder (or the
 * one given), closed and removed when the test finishes.
 */
export async function startAssetTestServer(
  options: { limits?: Partial<Limits>; dataDir?: string } = {},
): Promise<AssetTestServer> {
  let dataDir = options.dataDir
  if (!dataDir) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wesee-assets-'))
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }))
    dataDir = dir
  }
  const base = configFromEnv({})
  const config: ServerConfig = {
    ...base,
    port: 0,
    host: '127.0.0.1',
    dataDir,
    clientDir: null,
    limits: { ...base.limits, ...options.limits },
  }
  const server = new WeSeeServer(config)
  onTestFinished(() => server.close())
  const url = `http://127.0.0.1:${await server.listen()}`
  return {
    url,
    dataDir,
    assetsDir: path.join(dataDir, 'assets'),
    async createBoard() {
      const response = await fetch(`${url}/api/boards`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'Pictures board' }),
      })
      if (response.status !== 201) throw new Error(`Creating a board failed: ${response.status}`)
      return (await response.json()) as CreatedBoard
    },
    upload(boardId, key, bytes, contentType = 'application/octet-stream') {
      const headers: Record<string, string> = { 'content-type': contentType }
      if (key !== null) headers.authorization = `Bearer ${key}`
      return fetch(`${url}/api/boards/${boardId}/assets`, { method: 'POST', headers, body: bytes })
    },
    async restart() {
      await server.close()
      return startAssetTestServer({ ...options, dataDir })
    },
  }
}

/** Reads an error response: its status and `{error: {code, message}}` body. */
export async function readError(
  response: Response,
): Promise<{ status: number; code: string; message: string }> {
  const body = (await response.json()) as { error: { code: string; message: string } }
  return { status: response.status, code: body.error.code, message: body.error.message }
}
