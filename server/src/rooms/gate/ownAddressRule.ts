import { foreignAddressIn, ownershipWords, RefusalCode, type TLRecord } from '@wesee/shared'
import type { ContentRule } from './ContentRule.ts'

/**
 * Pictures, bookmarks and embeds load only from this server (`isOwnAddress`):
 * a picture from another host would tell that host the IP address of
 * everyone who opens the board. Runs for every writer, the facilitator too.
 */
export const ownAddressRule: ContentRule = (change) => {
  if (!change.after) return { kind: 'keep' }
  const foreign = foreignAddressIn(change.after as TLRecord & { props?: Record<string, unknown> })
  if (foreign === null) return { kind: 'keep' }
  return {
    kind: 'revert',
    refusal: { code: RefusalCode.NotThisServer, message: ownershipWords.notThisServer },
  }
}
