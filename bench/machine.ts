import fs from 'node:fs'
import os from 'node:os'

/** One line describing the machine the figures were measured on. */
export function describeMachine(): string {
  const cpuinfo = fs.readFileSync('/proc/cpuinfo', 'utf8')
  const model = /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown CPU'
  const memoryGiB = (os.totalmem() / 1024 ** 3).toFixed(1)
  return `${model.trim()}, ${os.cpus().length} cores, ${memoryGiB} GiB RAM, Node ${process.version}, ${os.type()} ${os.release()}`
}

/**
 * A warning when other work is keeping the CPUs busy before the bench starts
 * (1-minute load average over three quarters of the cores), since every
 * figure here is timing; else null.
 */
export function busyMachineWarning(): string | null {
  const [load = 0] = os.loadavg()
  const cores = os.cpus().length
  if (load <= cores * 0.75) return null
  return `Load average is ${load.toFixed(1)} on ${cores} cores: other work is running, so these figures will be noisy.`
}
