import fs from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { startTestServer, tempDataDir } from '../helpers/testServer.ts'

test('the app is sent with a Content-Security-Policy that allows only this server', async () => {
  const dir = path.join(tempDataDir(), 'client')
  fs.mkdirSync(path.join(dir, 'assets'), { recursive: true })
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><script src="/assets/app.js"></script>')
  fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log(1)')
  const { url } = await startTestServer({ clientDir: dir })
  for (const page of ['/', '/b/some-board', '/assets/app.js']) {
    const response = await fetch(`${url}${page}`)
    expect(response.status).toBe(200)
    const policy = response.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("default-src 'self'")
    expect(policy).toContain("img-src 'self' data: blob:")
    expect(policy).not.toMatch(/https?:|\*/)
  }
})
