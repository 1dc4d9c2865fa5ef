import fs from 'node:fs'
import { CloseCode, formatDocName } from '@wesee/shared'
import { expect, test } from 'vitest'
import { createBoardOver } from '../helpers/api.ts'
import { startChildServer } from '../helpers/childServer.ts'
import { docUrl, rawSocket } from '../helpers/rawSocket.ts'
import { connectClient, noteRecord } from '../helpers/syncClient.ts'
import { syncStep1OfEmptyDoc } from '../helpers/syncMessages.ts'
import { tempDataDir } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

/** Resident memory of a process, in bytes (Linux). */
function residentBytes(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
  return Number(match![1]) * 1024
}

test('a viewer that never reads and repeats sync step 1 is closed; server memory stays bounded', async () => {
  const child = await startChildServer(tempDataDir())
  const pid = child.child.pid!
  const board = await createBoardOver(child.url)
  const content = formatDocName({ boardId: board.id, kind: 'content' })

  // A board of about 4 MB: each answer to a step 1 is that big.
  const writer = connectClient(child.syncUrl, board.id, board.keys.facilitator)
  await writer.waitSynced()
  for (let batch = 0; batch < 20; batch++) {
    writer.doc.transact(() => {
      for (let i = 0; i < 20; i++) {
        const id = `n${batch}-${i}`
        writer.kv.set(`shape:${id}`, noteRecord(id, `${id} ${'x'.repeat(10_000)}`))
      }
    })
  }
  await writer.roundTrip()
  const baseline = residentBytes(pid)

  const hostile = rawSocket(docUrl(child.syncUrl, content, board.keys.viewer))
  await hostile.opened
  // Its own step 1 (answered by the server's opening step 1 to it) has arrived: the doc was sent once.
  await waitFor(() => hostile.messages.length > 0, 'the server to speak')
  hostile.socket.pause()
  const step1 = syncStep1OfEmptyDoc()
  for (let i = 0; i < 40; i++) hostile.socket.send(step1)

  // A round trip on another socket: the server has handled the 40 by now (it reads them first).
  await writer.roundTrip()
  const grown = residentBytes(pid) - baseline
  hostile.socket.resume()
  const { code } = await hostile.closed
  // Closed, as too slow (4408) or for too many step 1s (4429), whichever came first.
  expect([CloseCode.TooSlow, CloseCode.TooMany]).toContain(code)
  // 40 answers of 4 MB would be 160 MB held for a socket that never reads.
  // With the limits, a couple of answers wait (the 8 MiB send buffer), plus
  // the garbage of making them: well under half of that.
  expect(grown).toBeLessThan(80 * 1024 * 1024)

  // The server still serves.
  const late = connectClient(child.syncUrl, board.id, board.keys.participant)
  await late.waitSynced()
  expect(late.kv.has('shape:n0-0')).toBe(true)
}, 60_000)
