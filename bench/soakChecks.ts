import { recordsJson, waitSynced } from '../server/test/helpers/syncClient.ts'
import { openDoc, type SoakDoc, type SoakPerson } from './soakPerson.ts'
import { sleep, withTimeout } from './timing.ts'
import { formatDocName, type CreatedBoard } from './workspaceModules.ts'

/** One line of the soak's verdict. */
export interface CheckResult {
  check: string
  ok: boolean
  /** Plain words: what was seen, and on a failure what went wrong. */
  detail: string
}

/** A board and the people on it. */
export interface SoakBoard {
  created: CreatedBoard
  people: SoakPerson[]
}

async function freshView(syncUrl: string, docName: string, key: string, token?: string): Promise<SoakDoc> {
  const view = openDoc(syncUrl, docName, key, token)
  try {
    await withTimeout(waitSynced(view.provider), 30_000, `a fresh client of ${docName} to sync`)
    return view
  } catch (error) {
    close(view)
    throw error
  }
}

function close(view: SoakDoc): void {
  view.provider.destroy()
  view.doc.destroy()
}

/**
 * Every person's board doc, and a fresh client's view of it through each
 * node (handed on to the board's owner), hold the same records; waits up to
 * a minute for the last reconnections to finish syncing. Then every note
 * someone saw (so the server had stored it), and every note anyone wrote,
 * is in it.
 */
export async function checkBoards(
  boards: SoakBoard[],
  nodeSyncUrls: string[],
  seen: Set<string>,
): Promise<CheckResult[]> {
  const converged: string[] = []
  const diverged: string[] = []
  const lostSeen: string[] = []
  const lostWritten: string[] = []
  for (const { created, people } of boards) {
    const docName = formatDocName({ boardId: created.id, kind: 'content' })
    const views = await Promise.all(
      nodeSyncUrls.map((url) => freshView(url, docName, created.keys.participant)),
    )
    try {
      const deadline = Date.now() + 60_000
      const differing = () => {
        const expected = recordsJson(views[0]!.doc)
        return [
          ...views.map((view, node) => ({ who: `a fresh client through node${node}`, doc: view.doc })),
          ...people.map((person) => ({ who: `person ${person.index}`, doc: person.board.doc })),
        ].filter(({ doc }) => recordsJson(doc) !== expected)
      }
      let apart = differing()
      while (apart.length > 0 && Date.now() < deadline) {
        await sleep(500)
        apart = differing()
      }
      if (apart.length === 0) converged.push(created.id)
      else
        diverged.push(
          `board ${created.id}: ${apart.map(({ who }) => who).join(', ')} differ from node0's view`,
        )
      const present = views[0]!.kv
      for (const person of people)
        for (const id of person.written) {
          if (present.has(id)) continue
          lostWritten.push(`${id} (person ${person.index})`)
          if (seen.has(id)) lostSeen.push(`${id} (person ${person.index})`)
        }
    } finally {
      views.forEach(close)
    }
  }
  const written = boards.reduce((sum, b) => sum + b.people.reduce((n, p) => n + p.written.size, 0), 0)
  return [
    {
      check: 'every board doc converges',
      ok: diverged.length === 0,
      detail:
        diverged.length === 0
          ? `${converged.length} boards: every person and a fresh client through each of ${nodeSyncUrls.length} nodes hold the same records`
          : diverged.join('; '),
    },
    {
      check: 'no note someone saw is lost',
      ok: lostSeen.length === 0,
      detail:
        lostSeen.length === 0
          ? `${seen.size} notes seen by someone other than their writer, all there`
          : `missing: ${lostSeen.join(', ')}`,
    },
    {
      check: 'no note anyone wrote is lost',
      ok: lostWritten.length === 0,
      detail:
        lostWritten.length === 0
          ? `${written} notes written, all there`
          : `missing: ${lostWritten.join(', ')}`,
    },
  ]
}

/**
 * Each private doc holds what its owner wrote (a fresh client with their
 * token reads it), and another person of the same board with their own
 * token is refused it by the server (4403), reading nothing.
 */
export async function checkPrivateDocs(boards: SoakBoard[], syncUrl: string): Promise<CheckResult[]> {
  const lost: string[] = []
  const leaked: string[] = []
  let people = 0
  let notes = 0
  for (const { created, people: onBoard } of boards) {
    for (const person of onBoard) {
      people++
      const docName = formatDocName({
        boardId: created.id,
        kind: 'private',
        participantId: person.joined.participantId,
      })
      const own = await freshView(syncUrl, docName, created.keys.participant, person.joined.token)
      for (const id of person.writtenPrivately) {
        if (own.kv.has(id)) notes++
        else lost.push(`${id} (person ${person.index})`)
      }
      close(own)
      const other = onBoard[(onBoard.indexOf(person) + 1) % onBoard.length]!
      // Alone on a board: nobody else with a token of that board to try.
      if (other === person) continue
      const intruder = openDoc(syncUrl, docName, created.keys.participant, other.joined.token)
      const deadline = Date.now() + 15_000
      while (!intruder.refusal && !intruder.provider.synced && Date.now() < deadline) await sleep(50)
      const { refusal } = intruder
      if (refusal?.code !== 4403 || intruder.kv.map.size > 0 || intruder.provider.synced)
        leaked.push(
          `person ${other.index} opening person ${person.index}'s private doc: ${refusal ? `closed ${refusal.code}` : 'not refused'}, ${intruder.kv.map.size} records read`,
        )
      close(intruder)
    }
  }
  return [
    {
      check: 'no private note is lost',
      ok: lost.length === 0,
      detail:
        lost.length === 0
          ? `${notes} private notes of ${people} people, each read back by its owner`
          : `missing: ${lost.join(', ')}`,
    },
    {
      check: 'each private doc reaches only its owner',
      ok: leaked.length === 0,
      detail:
        leaked.length === 0
          ? `another person's token refused (4403) on all ${people} private docs`
          : leaked.join('; '),
    },
  ]
}
