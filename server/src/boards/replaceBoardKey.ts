import type { NewBoardKey } from '@wesee/shared'
import { newKey } from '../auth/secrets.ts'
import type { BoardStore } from '../storage/BoardStore.ts'
import type { SyncServer } from '../sync/SyncServer.ts'

export type LinkRole = NewBoardKey['role']

/**
 * "Make a new link": gives one role of a board a new key and shuts out the
 * old one at once. A key is only checked when a socket opens, so sockets
 * already open with the old key would otherwise keep reading (and, for a
 * participant or facilitator, writing) for as long as they stay connected:
 * a leaked link would still work for whoever holds it. So every open
 * connection that came in with this role's key is closed with 4401, the
 * same answer the old key gets from now on. People who had joined keep
 * their place (their participant token still proves who they are), so the
 * new link, or the join code for a participant, brings them back as
 * themselves. The sync server is told before the key is stored, so a
 * socket that was checked against the old key while the store wrote is
 * checked again once it opens (SyncServer.keyChangeStarting).
 */
export async function replaceBoardKey(
  deps: { store: BoardStore; sync: SyncServer },
  boardId: string,
  role: LinkRole,
): Promise<string> {
  const key = newKey()
  deps.sync.keyChangeStarting(boardId)
  await deps.store.boards.replaceBoardKey(boardId, role, key)
  for (const connection of deps.sync.connectionsOfBoard(boardId)) {
    if (connection.grant.role === role) connection.closeAs('Unauthorized')
  }
  return key
}
