import type { RoomRegistry } from '../rooms/RoomRegistry.ts'
import type { SyncServer } from '../sync/SyncServer.ts'
import { metrics } from './serverMetrics.ts'

/** Sets the gauges from what one server holds now; called just before each scrape. */
export function readServerGauges(registry: RoomRegistry, sync: SyncServer): void {
  metrics.openRooms.set({}, registry.loadedRooms().length)
  const byKind = sync.connectionsByDocKind()
  metrics.connections.set({ doc: 'board' }, byKind.content)
  metrics.connections.set({ doc: 'control' }, byKind.control)
  metrics.connections.set({ doc: 'private' }, byKind.private)
  metrics.connections.set({ doc: 'facilitator' }, byKind.facilitator)
  const memory = process.memoryUsage()
  metrics.residentMemory.set({}, memory.rss)
  metrics.heapUsed.set({}, memory.heapUsed)
  metrics.heapTotal.set({}, memory.heapTotal)
}
