import type { Refusal, Role, TLRecord } from '@wesee/shared'

/**
 * The extension point of the sync gate (`SyncGate.ts`). After a client's
 * update is applied and its records have passed the structural checks, the
 * gate asks each ContentRule of the doc's kind about every changed record,
 * in order, and writes what they decide in the same step, before anything is
 * stored or relayed.
 */

/** Who wrote the change: from the connection's grant, never from the wire. */
export interface Writer {
  role: Role
  participantId: string | null
}

/**
 * One record the update changed. `after` undefined means it was deleted,
 * `before` undefined that it is new. Both are already structurally valid
 * (tldraw's schema accepts them, their id is their key, document-scoped).
 */
export interface RecordChange {
  key: string
  before: TLRecord | undefined
  after: TLRecord | undefined
}

export type { Refusal, RefusalCode } from '@wesee/shared'

/**
 * What a rule decides about one change:
 * - `keep`: let it stand;
 * - `replace`: write `record` instead of what the client wrote (e.g. the
 *   server's own `meta.authorId`), telling the writer when `refusal` is set;
 * - `revert`: put `before` back (or delete a new record) and tell the writer.
 * The first verdict other than `keep` wins; later rules are not asked.
 */
export type RuleVerdict =
  | { kind: 'keep' }
  | { kind: 'replace'; record: TLRecord; refusal?: Refusal }
  | { kind: 'revert'; refusal: Refusal }

/**
 * A check on one changed record. `lookup` reads the doc as it is now (after
 * the update), e.g. to find a shape's parent frame. Must not write the doc
 * and must not throw (a throw counts as `revert`).
 */
export type ContentRule = (
  change: RecordChange,
  writer: Writer,
  lookup: (id: string) => TLRecord | undefined,
) => RuleVerdict

/** The kinds of doc clients may write, each with its own rules (the control doc is server-only). */
export type GatedDocKind = 'content' | 'private'

/** The rules of each gated doc kind. */
export type ContentRules = Readonly<Record<GatedDocKind, readonly ContentRule[]>>
