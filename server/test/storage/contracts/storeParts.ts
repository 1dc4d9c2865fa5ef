import type { BoardStore } from '../../../src/storage/BoardStore.ts'

/** The parts of a whole store that the board records contract reads beside the boards, the same on every engine. */
export function storeParts(store: BoardStore) {
  return {
    docs: store.docLog,
    people: store.people,
    versions: store.versions,
    ballots: store.ballots,
    settings: store.settings,
  }
}
