import os from 'node:os'
import { createBoardOver } from '../server/test/helpers/api.ts'
import { joinAs } from '../server/test/helpers/stageCommands.ts'
import type { TestServer } from '../server/test/helpers/testServer.ts'
import { describeMachine } from './machine.ts'
import { checkBoards, checkPrivateDocs, type CheckResult, type SoakBoard } from './soakChecks.ts'
import { startSoakCluster, type SoakCluster } from './soakCluster.ts'
import { judgeMemory, memoryTable, type MemorySample } from './soakMemory.ts'
import { isSynced, SoakPerson, type SoakAction } from './soakPerson.ts'
import { removeTempDirs } from './tempDirs.ts'
import { sleep } from './timing.ts'
import { runTestCleanups } from './vitestStandIn.ts'

const minutes = Number(process.env.SOAK_MINUTES ?? 10)
const peopleCount = Number(process.env.SOAK_PEOPLE ?? 60)
const seed = Number(process.env.SOAK_SEED ?? 1)
const nodeCount = 3
const peoplePerBoard = 20
const leaseMs = 1_500
const minuteMs = 60_000
/** A person does something every 6 to 14 seconds: a human pace, not a load test. */
const pauseMs = { least: 6_000, most: 14_000 }
/** A dropped socket must be back and synced within this. */
const dropBackWithinMs = 30_000

/** A small seeded generator (mulberry32), so SOAK_SEED repeats a run's choices. */
function dice(start: number): () => number {
  let state = start >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
const roll = dice(seed)

// y-websocket adds a process 'exit' listener per provider: three per person is expected, not a leak.
process.setMaxListeners(peopleCount * 3 + 50)

let cluster: SoakCluster | undefined
const people: SoakPerson[] = []
let cleaning: Promise<void> | undefined

/** Closes every client, node, the balancer and PostgreSQL, and removes the temp folders; once. */
function cleanUp(): Promise<void> {
  cleaning ??= (async () => {
    for (const person of people) person.destroy()
    await runTestCleanups()
    await cluster?.stop().catch((error: unknown) => console.error('Stopping PostgreSQL failed:', error))
    removeTempDirs()
  })()
  return cleaning
}

for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the nodes and PostgreSQL…`)
    void cleanUp().finally(() => process.exit(130))
  })
// The run's whole length plus setup and the final checks; a hung step must not leave processes behind.
const watchdog = setTimeout(
  () => {
    console.error('The soak did not finish in time (watchdog): stopping everything.')
    void cleanUp().finally(() => process.exit(2))
  },
  (minutes + 10) * minuteMs,
)

function pick<T>(items: readonly T[]): T {
  return items[Math.floor(roll() * items.length)]!
}

function nextAction(): SoakAction {
  const r = roll()
  return r < 0.55 ? 'add' : r < 0.9 ? 'move' : 'private'
}

async function waitUntil(predicate: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms
  while (!predicate()) {
    if (Date.now() > deadline) return false
    await sleep(100)
  }
  return true
}

async function main(): Promise<CheckResult[]> {
  const loadAtStart = os.loadavg()
  console.log(`Cluster soak: ${peopleCount} people, ${nodeCount} nodes, ${minutes} minutes (seed ${seed})`)
  console.log(`Machine: ${describeMachine()}`)
  cluster = await startSoakCluster(nodeCount, leaseMs)
  const { balancer, nodes } = cluster
  const lb = { url: balancer.url, syncUrl: balancer.syncUrl } as TestServer

  const boards: SoakBoard[] = []
  const seen = new Set<string>()
  for (let b = 0; b < Math.ceil(peopleCount / peoplePerBoard); b++) {
    const created = await createBoardOver(balancer.url, `Soak board ${b}`, { template: 'exploration' })
    boards.push({ created, people: [] })
  }
  for (let index = 0; index < peopleCount; index++) {
    const board = boards[index % boards.length]!
    const joined = await joinAs(lb, board.created, board.created.keys.participant, `Person ${index}`)
    const person = new SoakPerson(index, board.created, joined, balancer.syncUrl, (id) => seen.add(id))
    board.people.push(person)
    people.push(person)
  }
  const sockets = people.flatMap((person) => person.docs)
  if (!(await waitUntil(() => sockets.every(isSynced), 120_000)))
    throw new Error('Not every person synced their three docs within two minutes of joining')
  console.log(
    `${people.length} people on ${boards.length} boards, ${sockets.length} sockets synced; soaking…`,
  )

  let active = true
  const counts = { add: 0, move: 0, private: 0 }
  const acting = people.map(async (person) => {
    while (active) {
      await sleep(pauseMs.least + roll() * (pauseMs.most - pauseMs.least))
      if (!active) break
      counts[person.act(nextAction(), roll)]++
    }
  })

  const results: CheckResult[] = []
  const samples: MemorySample[] = []
  const restartedAfter = new Map<number, number>()
  const restarts: string[] = []
  const restartFailures: string[] = []
  const drops: string[] = []
  const dropFailures: string[] = []
  const dropChecks: Array<Promise<void>> = []
  const start = Date.now()
  const reconnectionsSoFar = () => sockets.reduce((sum, s) => sum + Math.max(0, s.syncs - 1), 0)
  let reconnectedBefore = 0

  const dropOne = () => {
    const person = pick(people)
    const syncsBefore = person.board.syncs
    const droppedAt = Date.now()
    person.dropConnection()
    dropChecks.push(
      waitUntil(() => person.board.syncs > syncsBefore && isSynced(person.board), dropBackWithinMs).then(
        (back) => {
          const words = `person ${person.index}`
          if (back) drops.push(`${words} back in ${((Date.now() - droppedAt) / 1000).toFixed(1)} s`)
          else dropFailures.push(`${words} was not back within ${dropBackWithinMs / 1000} s`)
        },
      ),
    )
  }

  for (let minute = 1; minute <= minutes; minute++) {
    await sleep(Math.max(0, start + (minute - 0.5) * minuteMs - Date.now()))
    dropOne()
    await sleep(Math.max(0, start + minute * minuteMs - Date.now()))
    for (let node = 0; node < nodes.length; node++) {
      const rssBytes = await cluster.rssAfterGc(node)
      samples.push({
        minute,
        node,
        age: Math.round((Date.now() - nodes[node]!.startedAt) / minuteMs),
        rssBytes,
      })
    }
    if (minute === minutes) break
    const node = (minute - 1) % nodes.length
    // Alternate a deploy's graceful stop and a crash.
    const signal = minute % 2 === 1 ? 'SIGTERM' : 'SIGKILL'
    const began = Date.now()
    try {
      const ended = await cluster.restart(node, signal)
      restartedAfter.set(minute, node)
      const words = `minute ${minute}: node${node} ${signal} → exit ${ended}, ready again in ${((Date.now() - began) / 1000).toFixed(1)} s`
      restarts.push(words)
      if (signal === 'SIGTERM' && ended !== '0')
        restartFailures.push(`${words} (a graceful stop should exit 0)`)
    } catch (error) {
      restartFailures.push(`minute ${minute}: node${node} ${signal}: ${(error as Error).message}`)
    }
    const reconnected = reconnectionsSoFar()
    console.log(
      `  ${restartFailures.at(-1)?.startsWith(`minute ${minute}:`) ? restartFailures.at(-1) : restarts.at(-1)}; ${reconnected - reconnectedBefore} reconnections this minute`,
    )
    reconnectedBefore = reconnected
  }

  active = false
  await Promise.all(acting)
  await Promise.all(dropChecks)
  // Quiet: nobody writes; every socket reconnected and synced.
  const quiet = await waitUntil(() => sockets.every(isSynced), 60_000)
  const notSynced = sockets.filter((s) => !isSynced(s)).length
  const refused = people.flatMap((person) =>
    person.docs.flatMap((d, k) =>
      d.refusal
        ? [
            `person ${person.index}'s ${['board', 'control', 'private'][k]} socket: ${d.refusal.code} ${d.refusal.reason}`,
          ]
        : [],
    ),
  )
  const reconnections = reconnectionsSoFar()

  results.push(
    {
      check: 'every node came back after each restart',
      ok: restartFailures.length === 0,
      detail:
        restartFailures.length === 0
          ? `${restarts.length} restarts (SIGTERM and kill -9 in turn)`
          : restartFailures.join('; '),
    },
    {
      check: 'every dropped connection came back',
      ok: dropFailures.length === 0,
      detail: dropFailures.length === 0 ? drops.join(', ') : dropFailures.join('; '),
    },
    {
      check: 'no socket was refused for good',
      ok: refused.length === 0,
      detail: refused.length === 0 ? `${reconnections} reconnections, all let back in` : refused.join('; '),
    },
    {
      check: 'every socket is connected and synced at the end',
      ok: quiet,
      detail: quiet
        ? `${sockets.length} sockets`
        : `${notSynced} of ${sockets.length} sockets not synced a minute after the last change`,
    },
  )
  const nodeSyncUrls = nodes.map((node) => node.server.syncUrl)
  results.push(...(await checkBoards(boards, nodeSyncUrls, seen)))
  results.push(...(await checkPrivateDocs(boards, balancer.syncUrl)))
  for (let node = 0; node < nodes.length; node++) {
    const rssBytes = await cluster.rssAfterGc(node)
    samples.push({
      minute: minutes + 1,
      node,
      age: Math.round((Date.now() - nodes[node]!.startedAt) / minuteMs),
      rssBytes,
    })
  }
  results.push(
    judgeMemory(
      samples.filter((s) => s.minute <= minutes),
      nodes.length,
    ),
  )

  console.log(
    `\nWhat they did: ${counts.add} notes added, ${counts.move} moves, ${counts.private} private notes; ${drops.length + dropFailures.length} connections dropped; ${restarts.length} node restarts`,
  )
  for (const line of restarts) console.log(`  ${line}`)
  console.log(`\nServer RSS after a full collection (minute ${minutes + 1}: after the final checks)`)
  console.log(memoryTable(samples, nodes.length, restartedAfter))
  const closes = new Map<number, number>()
  for (const socket of sockets)
    for (const [code, times] of socket.closes) closes.set(code, (closes.get(code) ?? 0) + times)
  console.log(
    `\nWhy the people's sockets closed (close code × times): ${
      [...closes]
        .sort((a, b) => a[0] - b[0])
        .map(([code, times]) => `${code} × ${times}`)
        .join(', ') || 'never'
    }`,
  )
  console.log('\nWhat the nodes logged as warnings or errors (times):')
  if (cluster.warnings.size === 0) console.log('  nothing')
  for (const [words, times] of [...cluster.warnings].sort((a, b) => b[1] - a[1]))
    console.log(`  ${times}× ${words}`)
  const loadAtEnd = os.loadavg()
  const load = (l: number[]) => l.map((v) => v.toFixed(2)).join(' ')
  console.log(
    `\nLoad average: ${load(loadAtStart)} at the start, ${load(loadAtEnd)} at the end (${os.cpus().length} cores)`,
  )
  return results
}

let exitCode = 0
try {
  const results = await main()
  const width = Math.max(...results.map((r) => r.check.length))
  console.log('\nCheck'.padEnd(width + 3) + 'Result  What was seen')
  for (const r of results)
    console.log(`${r.check.padEnd(width)}  ${(r.ok ? 'ok' : 'FAILED').padEnd(6)}  ${r.detail}`)
  const failed = results.filter((r) => !r.ok)
  if (failed.length > 0) {
    exitCode = 1
    console.error(`\nThe soak failed: ${failed.map((r) => r.check).join('; ')}.`)
  } else console.log('\nThe soak passed: every check held.')
} catch (error) {
  exitCode = 1
  console.error('\nThe soak could not run to the end:', error)
} finally {
  clearTimeout(watchdog)
  await cleanUp()
}
process.exit(exitCode)
