import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test } from 'vitest'

/**
 * Every refusal the server makes names a reason, so a screen can say it in
 * the person's language. The types already ask for one; this reads the
 * sources so that a cast, a new helper or a hand-built answer cannot slip
 * one through without a reason either.
 */
const srcDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../src')

/** The two files that may build a refusal by hand: the classes' own factories. */
const classFiles = new Set(['http/ApiError.ts', 'errors/DomainError.ts'])

/** The only ways to make a refusal elsewhere: by its reason, the reason a schema gave, or a DomainError's. */
const allowedFactories = new Set(['because', 'fromDecoded', 'fromDomain'])

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return entry.name.endsWith('.ts') ? [full] : []
  })
}

/** Each place in `text` that makes a refusal without a reason, as `file:line: what`. */
function refusalsWithoutAReason(file: string, text: string): string[] {
  const found: string[] = []
  const lineOf = (index: number) => text.slice(0, index).split('\n').length
  if (!classFiles.has(file)) {
    for (const match of text.matchAll(/\bnew\s+(ApiError|DomainError)\s*\(/g)) {
      found.push(`${file}:${lineOf(match.index)}: new ${match[1]}(…) (use ${match[1]}.because)`)
    }
  }
  for (const match of text.matchAll(/\b(ApiError|DomainError)\s*\.\s*(\w+)\s*\(/g)) {
    if (!allowedFactories.has(match[2]!)) {
      found.push(`${file}:${lineOf(match.index)}: ${match[1]}.${match[2]}(…) has no reason`)
    }
  }
  // An error answer written by hand (`res.json({error: …})`) instead of from a reasoned refusal.
  for (const match of text.matchAll(/\.json\(\s*\{\s*error\s*:/g)) {
    found.push(`${file}:${lineOf(match.index)}: an error answer built by hand`)
  }
  return found
}

test('every ApiError and DomainError the server makes has a reason', () => {
  const files = sourceFiles(srcDir)
  expect(files.length).toBeGreaterThan(50)
  const found = files.flatMap((full) => {
    const file = path.relative(srcDir, full).split(path.sep).join('/')
    return refusalsWithoutAReason(file, fs.readFileSync(full, 'utf8'))
  })
  expect(found).toEqual([])
})

test('the scan finds a refusal made from words alone, a helper without a reason and a hand-made answer', () => {
  const text = [
    "throw new ApiError(ErrorCode.Conflict, 'No.')",
    "throw DomainError.badRequest('No.')",
    "res.status(404).json({ error: { code: 'not_found', message: 'Gone.' } })",
    'throw ApiError.because(ErrorReason.WrongKey)',
    'throw DomainError.fromDecoded(decoded)',
  ].join('\n')
  expect(refusalsWithoutAReason('http/someRoutes.ts', text)).toEqual([
    'http/someRoutes.ts:1: new ApiError(…) (use ApiError.because)',
    'http/someRoutes.ts:2: DomainError.badRequest(…) has no reason',
    'http/someRoutes.ts:3: an error answer built by hand',
  ])
  // The classes build themselves in their factories.
  expect(refusalsWithoutAReason('http/ApiError.ts', 'return new ApiError({ reason })')).toEqual([])
})
