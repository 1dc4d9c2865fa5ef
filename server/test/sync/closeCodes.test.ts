import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { closeCodeName, closeCodeTable, shouldRetryAfterClose } from '@wesee/shared'
import { expect, test } from 'vitest'

const serverSrc = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src')

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : []
  })
}

test('every close the server sends takes its code and reason from the table in shared', () => {
  // A WebSocket close with a code is `<socket>.close(<code>, …)`. The only ones
  // allowed are the ones that read `{ code, reason }` from closeCodeTable.
  const closes: string[] = []
  for (const file of sourceFiles(serverSrc)) {
    const source = fs.readFileSync(file, 'utf8')
    for (const match of source.matchAll(/\b(\w+)\.close\(([^)]+)\)/g)) {
      // `http.close(() => …)` and the like take a callback, not a code.
      if (match[2]!.startsWith('(')) continue
      closes.push(`${path.relative(serverSrc, file)}: ${match[0]}`)
    }
  }
  expect(closes.sort()).toEqual([
    'cluster/BoardRouter.ts: ws.close(code, reason)',
    'sync/SyncConnection.ts: socket.close(code, reason)',
    'sync/SyncServer.ts: ws.close(code, reason)',
  ])
  for (const file of ['cluster/BoardRouter.ts', 'sync/SyncConnection.ts', 'sync/SyncServer.ts']) {
    const source = fs.readFileSync(path.join(serverSrc, file), 'utf8')
    expect(source).toMatch(/const \{ code, reason \} = closeCodeTable\[name\]/)
  }
})

test('the table: unique codes, reasons that fit a close frame, WeSee codes in 4000-4999', () => {
  const entries = Object.entries(closeCodeTable)
  expect(new Set(entries.map(([, e]) => e.code)).size).toBe(entries.length)
  for (const [name, entry] of entries) {
    expect(Buffer.byteLength(entry.reason)).toBeLessThanOrEqual(123)
    expect(
      entry.code === 1001 ||
        entry.code === 1007 ||
        entry.code === 1011 ||
        entry.code === 1012 ||
        (entry.code >= 4000 && entry.code < 5000),
    ).toBe(true)
    expect(closeCodeName(entry.code)).toBe(name)
    expect(shouldRetryAfterClose(entry.code)).toBe(entry.retry)
  }
  // Codes outside the table: a dropped network is worth retrying; an unknown 44xx is not.
  expect(shouldRetryAfterClose(1006)).toBe(true)
  expect(shouldRetryAfterClose(4499)).toBe(false)
})
