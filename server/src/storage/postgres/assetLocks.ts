import type pg from 'pg'

/**
 * The first half of the two-number advisory lock key every per-image lock
 * uses ("WeSI"); the second is the image's hash folded by `hashtext`. Two
 * images may share a key now and then, which only makes one wait for the
 * other. Two-number keys never meet the one-number keys of the migrations.
 */
const assetLockSpace = 0x57655349

/**
 * Holds the lock of one image until `client`'s transaction ends, so an
 * upload of a hash, a link to it and a removal of it run one after another
 * on every node (UploadStore's promise: a tidy-up never deletes the bytes
 * of an upload under way).
 */
export async function lockAsset(client: pg.PoolClient, hash: string): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [assetLockSpace, hash])
}
