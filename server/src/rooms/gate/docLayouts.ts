import {
  metaMapName,
  privatePreferencesMapName,
  recordsArrayName,
  RefusalCode,
  schemaMetaKey,
  shareWithoutNameKey,
  waitingToShareKey,
} from '@wesee/shared'
import type { GatedDocKind } from './ContentRule.ts'

/** Who may write one key of a map root. */
export type KeyPolicy =
  /** Only the server; a client's write is put back. */
  | { writer: 'server'; refusal: RefusalCode }
  /** The client, as long as the value is a boolean. */
  | { writer: 'client'; type: 'boolean' }

/** The root types a doc kind uses. Anything else a client writes is deleted. */
export interface DocLayout {
  /** The `records` array (a YKeyValue of tldraw records). */
  records: string
  /** Map roots and the keys they may hold. */
  maps: Readonly<Record<string, Readonly<Record<string, KeyPolicy>>>>
}

export const docLayouts: Readonly<Record<GatedDocKind, DocLayout>> = {
  content: {
    records: recordsArrayName,
    maps: {
      [metaMapName]: { [schemaMetaKey]: { writer: 'server', refusal: RefusalCode.SchemaIsFixed } },
    },
  },
  private: {
    records: recordsArrayName,
    maps: {
      [privatePreferencesMapName]: {
        [shareWithoutNameKey]: { writer: 'client', type: 'boolean' },
        // Set by the server at a share without names (docs/private-writing.md).
        [waitingToShareKey]: { writer: 'server', refusal: RefusalCode.UnknownPart },
      },
    },
  },
}
