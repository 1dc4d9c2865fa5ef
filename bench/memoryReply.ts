/** Starts the stdout line with which memoryProbe.ts answers SIGUSR2. */
export const memoryReplyPrefix = 'wesee-bench-memory '

/** The memory usage in a reply line, or null when the line is not one. */
export function parseMemoryReply(line: string): NodeJS.MemoryUsage | null {
  if (!line.startsWith(memoryReplyPrefix)) return null
  return JSON.parse(line.slice(memoryReplyPrefix.length)) as NodeJS.MemoryUsage
}
