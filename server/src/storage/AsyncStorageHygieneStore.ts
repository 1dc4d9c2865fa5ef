import type { StorageHygieneStore } from './StorageHygieneStore.ts'

/**
 * `StorageHygieneStore` with every answer a promise, as a database across
 * the network gives them (PostgreSQL). The SQLite store still answers the
 * synchronous one, which the tidy-up calls today; the tidy-up can move to
 * this one when it awaits.
 */
export type AsyncStorageHygieneStore = {
  [Method in keyof StorageHygieneStore]: (
    ...args: Parameters<StorageHygieneStore[Method]>
  ) => Promise<ReturnType<StorageHygieneStore[Method]>>
}
