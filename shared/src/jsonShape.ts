/**
 * Checks how deep and how long a parsed JSON value is, without recursion and
 * without spreading arrays into calls (both overflow the stack on hostile
 * input: a 300,000-item list, or lists nested 100,000 deep). Run it on
 * anything big from outside (a backup file) before any schema, validator or
 * `JSON.stringify` walks it.
 */
export interface JsonShapeLimits {
  /** Deepest nesting allowed (the value itself is depth 0). */
  maxDepth: number
  /** Longest list (or most keys in one object) allowed. */
  maxItems: number
}

export type JsonShapeProblem = 'too_deep' | 'too_many_items'

/** The first problem found, or null when the value is within the limits. */
export function checkJsonShape(value: unknown, limits: JsonShapeLimits): JsonShapeProblem | null {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }]
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!
    if (typeof current !== 'object' || current === null) continue
    if (depth > limits.maxDepth) return 'too_deep'
    const items: unknown[] = Array.isArray(current) ? current : Object.values(current)
    if (items.length > limits.maxItems) return 'too_many_items'
    for (const item of items) {
      if (typeof item === 'object' && item !== null) stack.push({ value: item, depth: depth + 1 })
    }
  }
  return null
}
