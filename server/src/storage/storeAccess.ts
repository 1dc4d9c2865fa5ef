/**
 * Who opens a store, and so what opening it may change:
 *
 * - `server`: the server itself. Brings the schema up to date, and needs
 *   the board key secret to seal and open the links.
 * - `tidy`: `pnpm wesee prune`, beside a server that may be running. Writes
 *   rows, never the schema (an older server beside it must find its tables
 *   as it knows them); needs no key secret.
 * - `read`: `pnpm wesee check`. Writes nothing at all.
 */
export type StoreAccess = 'server' | 'tidy' | 'read'
