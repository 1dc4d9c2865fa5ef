import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import zlib from 'node:zlib'
import { expect, test } from 'vitest'
import { startTestServer, tempDataDir } from '../helpers/testServer.ts'

/** A built-client folder with one script, as `vite build` leaves it. */
function fakeClientDir(script: string): string {
  const dir = path.join(tempDataDir(), 'client')
  fs.mkdirSync(path.join(dir, 'assets'), { recursive: true })
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><script type="module" src="/assets/app-abc.js"></script>',
  )
  fs.writeFileSync(path.join(dir, 'assets', 'app-abc.js'), script)
  return dir
}

/** A raw GET (fetch would decompress and hide the encoding). */
function get(
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        )
      })
      .on('error', reject)
  })
}

const script = `console.log(${JSON.stringify('a board script '.repeat(2000))})`

test('a phone that accepts gzip gets the client script gzipped, byte for byte the same once unpacked', async () => {
  const { url } = await startTestServer({ clientDir: fakeClientDir(script) })
  const response = await get(`${url}/assets/app-abc.js`, { 'Accept-Encoding': 'gzip, deflate, br' })
  expect(response.status).toBe(200)
  expect(response.headers['content-encoding']).toBe('gzip')
  expect(response.headers['content-type']).toMatch(/javascript/)
  expect(response.headers['cache-control']).toContain('immutable')
  expect(response.headers.vary).toBe('Accept-Encoding')
  expect(response.body.length).toBeLessThan(script.length / 10)
  expect(zlib.gunzipSync(response.body).toString()).toBe(script)
})

test('a client that does not accept gzip gets the plain file', async () => {
  const { url } = await startTestServer({ clientDir: fakeClientDir(script) })
  const response = await get(`${url}/assets/app-abc.js`, { 'Accept-Encoding': 'identity' })
  expect(response.status).toBe(200)
  expect(response.headers['content-encoding']).toBeUndefined()
  expect(response.body.toString()).toBe(script)
})

test('names that try to leave the assets folder are not served from outside it', async () => {
  const clientDir = fakeClientDir(script)
  // Beside the client folder, not in it.
  fs.writeFileSync(path.join(clientDir, '..', 'secret.js'), 'secret')
  const { url } = await startTestServer({ clientDir })
  for (const attempt of [
    '/assets/..%2F..%2Fsecret.js',
    '/assets/%2e%2e/%2e%2e/secret.js',
    '/assets/missing.js',
  ]) {
    const response = await get(`${url}${attempt}`, { 'Accept-Encoding': 'gzip' })
    expect(response.headers['content-encoding']).toBeUndefined()
    expect(response.body.toString()).not.toBe('secret')
  }
})
