import { judgeChange, type JudgedRecord, type TLRecord } from '@wesee/shared'
import type { ContentRule, RuleVerdict } from './ContentRule.ts'

/**
 * Who may change what on the shared board (`judgeChange` in shared, the one
 * source of truth the client reads too): the server stamps who made each new
 * shape, a person changes or deletes only their own, anyone moves a note or
 * picture, and the template, locked shapes and pages are the facilitator's.
 */
export function ownershipRule(clock: () => number = Date.now): ContentRule {
  return (change, writer): RuleVerdict => {
    const judgement = judgeChange(
      change.before as JudgedRecord | undefined,
      change.after as JudgedRecord | undefined,
      writer,
      clock(),
    )
    if (judgement.kind === 'allow') return { kind: 'keep' }
    if (judgement.kind === 'refuse') return { kind: 'revert', refusal: judgement.refusal }
    return { kind: 'replace', record: judgement.record as unknown as TLRecord }
  }
}
