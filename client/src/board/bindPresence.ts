import {
  createPresenceStateDerivation,
  InstancePresenceRecordType,
  react,
  type Signal,
  type TLInstancePresence,
  type TLPresenceUserInfo,
  type TLStore,
} from 'tldraw'
import type { Awareness } from 'y-protocols/awareness'

/**
 * Shares this person's cursor and name through Yjs awareness (never the doc)
 * and shows everyone else's as tldraw presence records. Presence is sent at
 * most every `sendEveryMs` so moving the mouse stays cheap on the wire.
 */
export function bindPresence(
  store: TLStore,
  awareness: Awareness,
  $user: Signal<TLPresenceUserInfo>,
  sendEveryMs = 80,
  /** False for a screen that only watches (the projector): it shows others, never itself. */
  shareMine = true,
  /** Shapes others must not learn about (private notes): left out of the selection we share. */
  isHidden?: (shapeId: string) => boolean,
): () => void {
  const presenceId = InstancePresenceRecordType.createId(String(awareness.clientID))
  const $presence = createPresenceStateDerivation($user, presenceId)(store)
  let timer: ReturnType<typeof setTimeout> | null = null
  const send = () => {
    timer = null
    // setLocalStateField does nothing once the state is null (after a previous
    // binding cleaned up), so set the whole state.
    const presence = $presence.get()
    const shared =
      presence && isHidden
        ? { ...presence, selectedShapeIds: presence.selectedShapeIds.filter((id) => !isHidden(id)) }
        : presence
    awareness.setLocalState({ ...(awareness.getLocalState() ?? {}), presence: shared ?? null })
  }
  const stopReacting = shareMine
    ? react('send presence', () => {
        $presence.get()
        if (!timer) timer = setTimeout(send, sendEveryMs)
      })
    : () => {}

  const onUpdate = ({
    added,
    updated,
    removed,
  }: {
    added: number[]
    updated: number[]
    removed: number[]
  }) => {
    const states = awareness.getStates()
    const toPut: TLInstancePresence[] = []
    for (const clientId of [...added, ...updated]) {
      const presence = (states.get(clientId) as { presence?: TLInstancePresence } | undefined)?.presence
      if (clientId !== awareness.clientID && presence && presence.id !== presenceId) {
        toPut.push({ ...presence, id: InstancePresenceRecordType.createId(String(clientId)) })
      }
    }
    const toRemove = removed
      .map((clientId) => InstancePresenceRecordType.createId(String(clientId)))
      .filter((id) => store.has(id))
    store.mergeRemoteChanges(() => {
      if (toRemove.length > 0) store.remove(toRemove)
      for (const presence of toPut) {
        try {
          store.put([presence])
        } catch {
          // Someone sent presence we cannot read; ignore it rather than break the board.
        }
      }
    })
  }
  awareness.on('update', onUpdate)
  // Presence that arrived before this binding (the server sends everyone's on
  // connect, often before the canvas mounts) would otherwise stay unseen until
  // each person next moves: show it now.
  onUpdate({ added: [...awareness.getStates().keys()], updated: [], removed: [] })

  return () => {
    stopReacting()
    if (timer) clearTimeout(timer)
    awareness.off('update', onUpdate)
    awareness.setLocalState(null)
  }
}
