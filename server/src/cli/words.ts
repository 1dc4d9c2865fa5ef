/** How many bytes, the way people say it: "3.2 MB". */
export function bytesInWords(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`
  const units = ['kB', 'MB', 'GB', 'TB']
  let value = bytes / 1000
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  return `${value >= 100 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`
}

/** A time as a person reads it in a terminal: "2026-12-04 19:20 UTC". */
export function timeInWords(at: number): string {
  return `${new Date(at).toISOString().slice(0, 16).replace('T', ' ')} UTC`
}

/** Plain output: what the command says goes to stdout, problems to stderr. */
export interface Output {
  say(line: string): void
  problem(line: string): void
}

export const consoleOutput: Output = {
  say: (line) => process.stdout.write(`${line}\n`),
  problem: (line) => process.stderr.write(`${line}\n`),
}

/** Exit codes of `pnpm wesee`. */
export const ExitCode = {
  Done: 0,
  /** The command ran and found a problem, or refused (a running server, data in the way). */
  Problem: 1,
  /** The command was not understood. */
  Usage: 2,
} as const
