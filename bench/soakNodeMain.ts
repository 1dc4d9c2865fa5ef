/**
 * One soak node: the real `server/src/main.ts`, with memoryProbe.ts loaded
 * first so the soak can ask for a full collection before each RSS reading
 * (startChildServer runs one entry under tsx; NODE_OPTIONS=--expose-gc
 * gives the probe its `gc`).
 */
import './memoryProbe.ts'

await import('../server/src/main.ts')
