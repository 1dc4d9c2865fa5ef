import Database from 'better-sqlite3'
import path from 'node:path'
import { expect, test } from 'vitest'
import { formatDocName, participantsMapName, type ParticipantProfile } from '@wesee/shared'
import { createBoardOver, requestJson } from '../helpers/api.ts'
import { startChildServer, type ChildServer } from '../helpers/childServer.ts'
import { connectClient } from '../helpers/syncClient.ts'
import { tempDataDir } from '../helpers/testServer.ts'
import { waitFor } from '../helpers/waitFor.ts'

interface PresenceRow {
  participant_id: string
  kind: 'arrive' | 'leave'
  at: number
}

async function join(server: ChildServer, boardId: string, key: string, name: string) {
  const joined = await requestJson(`${server.url}/api/boards/${boardId}/participants`, {
    body: { name },
    key,
  })
  return joined.body as { token: string; participantId: string }
}

function readRows(dataDir: string) {
  const db = new Database(path.join(dataDir, 'wesee.sqlite'), { readonly: true, fileMustExist: true })
  try {
    return {
      events: db
        .prepare<[], PresenceRow>('SELECT participant_id, kind, at FROM presence_events ORDER BY seq')
        .all(),
      lastSeen: new Map(
        db
          .prepare<[], { participant_id: string; at: number }>(
            'SELECT participant_id, at FROM presence_last_seen',
          )
          .all()
          .map((row) => [row.participant_id, row.at]),
      ),
    }
  } finally {
    db.close()
  }
}

test(
  'after kill -9 with people on the board, start-up ends every open visit in the log at its last heartbeat',
  {
    timeout: 60_000,
  },
  async () => {
    const dataDir = tempDataDir()
    const env = { PRESENCE_HEARTBEAT_MS: '100' }
    const first = await startChildServer(dataDir, env)
    const board = await createBoardOver(first.url, 'Crash with people here')
    const people = await Promise.all(
      ['Ana', 'Ben', 'Cai', 'Dee'].map((name) => join(first, board.id, board.keys.participant, name)),
    )
    const [ana, ben, cai, dee] = people as [
      (typeof people)[0],
      (typeof people)[0],
      (typeof people)[0],
      (typeof people)[0],
    ]
    const connect = (person: { token: string }) =>
      connectClient(first.syncUrl, board.id, board.keys.participant, { token: person.token })
    // Ana has the board open twice (a phone and a laptop); Dee leaves properly before the crash.
    const sockets = [connect(ana), connect(ana), connect(ben), connect(cai), connect(dee)]
    await Promise.all(sockets.map((socket) => socket.waitSynced()))
    sockets[4]!.destroy()
    await waitFor(
      () =>
        readRows(dataDir).events.some((e) => e.participant_id === dee.participantId && e.kind === 'leave'),
      "Dee's leave",
    )
    const here = [ana, ben, cai].map((person) => person.participantId)
    await waitFor(
      () => {
        const { lastSeen } = readRows(dataDir)
        return here.every((id) => (lastSeen.get(id) ?? 0) > 0)
      },
      'a heartbeat for everyone here',
      { timeoutMs: 10_000, intervalMs: 50 },
    )

    await first.kill('SIGKILL')
    for (const socket of sockets) socket.destroy()
    const crashed = readRows(dataDir)
    // The crash left one arrive without a leave for each person still here.
    for (const id of here)
      expect(crashed.events.filter((e) => e.participant_id === id).at(-1)?.kind).toBe('arrive')

    const second = await startChildServer(dataDir)
    const repaired = readRows(dataDir)
    for (const id of here) {
      const events = repaired.events.filter((e) => e.participant_id === id)
      expect(events.map((e) => e.kind)).toEqual(['arrive', 'leave'])
      expect(events[1]!.at).toBe(crashed.lastSeen.get(id))
      expect(events[1]!.at).toBeGreaterThanOrEqual(events[0]!.at)
    }
    // Dee's own leave is kept, and no second one is made up.
    expect(repaired.events.filter((e) => e.participant_id === dee.participantId).map((e) => e.kind)).toEqual([
      'arrive',
      'leave',
    ])
    // Nothing else was written: one leave per open visit.
    expect(repaired.events.length).toBe(crashed.events.length + here.length)

    // The board's own "who is here" agrees: nobody, until someone connects again.
    const control = connectClient(second.syncUrl, board.id, board.keys.facilitator, {
      docName: formatDocName({ boardId: board.id, kind: 'control' }),
    })
    await control.waitSynced()
    const profiles = [...control.doc.getMap<ParticipantProfile>(participantsMapName).values()]
    expect(profiles.filter((p) => p.present)).toEqual([])

    // A second start-up finds nothing left to end.
    await second.kill('SIGTERM')
    const third = await startChildServer(dataDir)
    expect(readRows(dataDir).events.length).toBe(repaired.events.length)
    await third.kill('SIGTERM')
  },
)
