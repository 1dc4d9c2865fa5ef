/** What the bench sends a server process to ask for its CPU time (cpuProbe.ts). */
export const cpuRequestType = 'wesee-bench-cpu'
/** The type of cpuProbe.ts's answer. */
export const cpuReplyType = 'wesee-bench-cpu-reply'

/** The CPU microseconds in an answer, or null when the message is not one. */
export function parseCpuReply(message: unknown): number | null {
  if (typeof message !== 'object' || message === null) return null
  const { type, microseconds } = message as { type?: unknown; microseconds?: unknown }
  return type === cpuReplyType && typeof microseconds === 'number' ? microseconds : null
}
