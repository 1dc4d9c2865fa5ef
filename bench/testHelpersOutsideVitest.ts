import { register } from 'node:module'

/**
 * The cluster soak reuses the server's test helpers (the throw-away
 * PostgreSQL, node processes, the round-robin balancer, joining) rather
 * than copies of them. They import `vitest`, which refuses to load outside
 * its runner, so this resolve hook hands them `vitestStandIn.ts` instead.
 * It must run before those modules are even resolved: the entry imports
 * this first and the rest with a dynamic import.
 */
const standIn = new URL('./vitestStandIn.ts', import.meta.url).href
const hook = `export async function resolve(specifier, context, next) {
  if (specifier === 'vitest') return { url: ${JSON.stringify(standIn)}, shortCircuit: true }
  return next(specifier, context)
}`
register(`data:text/javascript,${encodeURIComponent(hook)}`)
