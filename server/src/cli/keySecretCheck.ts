import { BoardKeyVault } from '../auth/boardKeyVault.ts'
import type { ServerConfig } from '../config.ts'
import type { StorageCheckStore } from '../storage/StorageCheckStore.ts'
import type { Output } from './words.ts'

/**
 * `pnpm wesee check`'s word on the board key secret: whether the one here
 * (BOARD_KEY_SECRET, or DATA_DIR's file) is the one the servers on the
 * database agreed on, so a new server can be checked before it is started.
 * Resolves with the problem, or null. Never makes a secret, never shows one.
 */
export async function checkKeySecret(
  config: Pick<ServerConfig, 'dataDir'> & Partial<Pick<ServerConfig, 'boardKeySecret'>>,
  checks: Pick<StorageCheckStore, 'keySecretFingerprint'>,
  out: Output,
): Promise<string | null> {
  const agreed = await checks.keySecretFingerprint()
  if (agreed === null) return null
  let vault: BoardKeyVault | null
  try {
    vault = BoardKeyVault.existing(config.dataDir, { secret: config.boardKeySecret ?? null })
  } catch (error) {
    return `The board key secret here cannot be used: ${error instanceof Error ? error.message : String(error)}`
  }
  if (!vault) {
    out.say(
      'There is no board key secret here (no board-keys.secret in DATA_DIR, no BOARD_KEY_SECRET). A server started here needs the one the other servers use.',
    )
    return null
  }
  if (vault.fingerprint() === agreed) {
    out.say('The board key secret here is the one the servers on this database use.')
    return null
  }
  return (
    'The board key secret here is not the one the servers on this database use, so a server started with it would refuse to start. ' +
    'Copy board-keys.secret from the first server’s DATA_DIR (or set the same BOARD_KEY_SECRET).'
  )
}
