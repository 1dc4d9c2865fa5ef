import type { ContentRules } from './ContentRule.ts'
import { ownAddressRule } from './ownAddressRule.ts'
import { ownershipRule } from './ownershipRule.ts'

/**
 * The ContentRules the gate runs on each kind of doc, after its structural
 * checks. Ownership rules (who may change or delete what) are registered
 * here: `content` for the shared board, `private` for a person's own private
 * doc (only its owner ever writes it, so only the address rule applies).
 */
export const contentRules: ContentRules = {
  content: [ownAddressRule, ownershipRule()],
  private: [ownAddressRule],
}
