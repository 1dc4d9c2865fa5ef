import http from 'node:http'
import { expect, test } from 'vitest'
import { configFromEnv } from '../../src/config.ts'
import { withClusterDatabase } from './clusterDatabase.ts'
import { startInProcessCluster } from './clusterNodes.ts'
import { startRoundRobinBalancer } from './roundRobinBalancer.ts'

/**
 * One request on a connection of its own, so the round-robin balancer
 * sends each to the next node (fetch would keep one connection, one node).
 */
function requestOnNewConnection(
  url: string,
  options: { method?: string; body?: unknown; key?: string } = {},
): Promise<{ status: number; body: { error?: { code?: string; reason?: string } } }> {
  const body = options.body === undefined ? undefined : JSON.stringify(options.body)
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: options.method ?? 'GET',
        agent: false,
        headers: {
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
        },
      },
      (response) => {
        let text = ''
        response.setEncoding('utf8')
        response.on('data', (chunk: string) => (text += chunk))
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: JSON.parse(text || '{}') }),
        )
      },
    )
    request.on('error', reject)
    request.end(body)
  })
}

withClusterDatabase('Rate limits across nodes', (freshDatabase) => {
  test('wrong join codes sent round-robin to three nodes are limited in total, not per node', async () => {
    const { nodes } = await startInProcessCluster(freshDatabase, 3, {
      perNode: () => ({ maxJoinLookupsPerIpPerMinute: 4 }),
    })
    const balancer = await startRoundRobinBalancer(nodes.map((node) => node.port))
    const statuses: number[] = []
    const reasons: Array<string | undefined> = []
    for (let attempt = 0; attempt < 9; attempt++) {
      const answer = await requestOnNewConnection(`${balancer.url}/api/join/ZZZZZZ`)
      statuses.push(answer.status)
      reasons.push(answer.body.error?.reason)
    }
    // Four tries in all, whichever node each reached; counted per node, all nine would have been tried.
    expect(statuses).toEqual([404, 404, 404, 404, 429, 429, 429, 429, 429])
    expect(reasons.slice(4).every((reason) => reason === 'too_many_tries')).toBe(true)
  })

  test('a join handed on to the board’s owner is counted once, not by each node it passed', async () => {
    const base = configFromEnv({})
    const { nodes, createBoard } = await startInProcessCluster(freshDatabase, 3, {
      perNode: () => ({ limits: { ...base.limits, maxJoinsPerIpPerMinute: 3 } }),
    })
    const board = await createBoard(nodes[0]!)
    const balancer = await startRoundRobinBalancer(nodes.map((node) => node.port))
    const join = (name: string) =>
      requestOnNewConnection(`${balancer.url}/api/boards/${board.id}/participants`, {
        method: 'POST',
        body: { name },
        key: board.keys.participant,
      })
    // Two of every three reach a node that is not the owner and hand the join on.
    for (const name of ['Ann', 'Bo', 'Cy']) expect((await join(name)).status).toBe(201)
    const fourth = await join('Di')
    expect(fourth.status).toBe(429)
    expect(fourth.body.error?.reason).toBe('too_many_joins')
  })
})
