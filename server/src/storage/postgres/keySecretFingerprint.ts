import type pg from 'pg'
import type { BoardKeyVault } from '../../auth/boardKeyVault.ts'
import { KeySecretMismatchError } from '../../auth/keySecretErrors.ts'

/**
 * Makes sure every server on one database seals links with the same board
 * key secret. The first server to start records its secret's fingerprint;
 * every later one must have the same, or it refuses to start (links sealed
 * on one server open only on servers with the same secret, so people could
 * not join). Two first servers at once: the row's key lets one win, and
 * the other compares with it.
 */
export async function agreeOnKeySecret(pool: pg.Pool, vault: BoardKeyVault): Promise<void> {
  const mine = vault.fingerprint()
  await pool.query(
    'INSERT INTO board_key_fingerprint (fingerprint) VALUES ($1) ON CONFLICT (one_row) DO NOTHING',
    [mine],
  )
  const { rows } = await pool.query<{ fingerprint: string }>('SELECT fingerprint FROM board_key_fingerprint')
  if (rows[0]?.fingerprint !== mine) throw new KeySecretMismatchError()
}
