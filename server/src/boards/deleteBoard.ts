import type { UploadStore } from '../storage/UploadStore.ts'
import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import type { SyncServer } from '../sync/SyncServer.ts'

/**
 * Deletes a board and everything it left on the server: its docs, people,
 * presence, versions and ballots (one transaction), then the uploaded
 * images no other board uses. Its loaded docs are dropped without being
 * written back, and anyone still connected is told the board is gone
 * (4404), in the same step, so nothing of the board is stored again.
 */
export async function deleteBoard(
  deps: { store: BoardStore; registry: RoomRegistry; sync: SyncServer; assets: UploadStore },
  boardId: string,
): Promise<{ removedImages: number }> {
  // Closing first lets the server note everyone leaving while the board still exists; the
  // rows go with the board a moment later. The rooms are dropped in the same tick (nothing
  // new is stored from then on); the rows go once a write already under way has finished.
  for (const connection of deps.sync.connectionsOfBoard(boardId)) {
    connection.closeAs('NotFound')
  }
  await deps.registry.discardBoard(boardId)
  await deps.store.boards.deleteBoard(boardId)
  deps.registry.boardFlags.forget(boardId)
  return { removedImages: await deps.assets.removeUnused() }
}
