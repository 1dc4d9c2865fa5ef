import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { noteRecord } from './records.ts'
import {
  formatDocName,
  recordsArrayName,
  shouldRetryAfterClose,
  YKeyValue,
  type CreatedBoard,
  type JoinedBoard,
  type TLRecord,
} from './workspaceModules.ts'

/** One synced doc: a stock y-websocket provider that reconnects on its own, by the app's rule. */
export interface SoakDoc {
  doc: Y.Doc
  provider: WebsocketProvider
  kv: YKeyValue<TLRecord>
  /** Set when the server closed it with a code the app does not retry (it then stays closed). */
  refusal: { code: number; reason: string } | null
  /** How many times it has synced (1 after the first connection). */
  syncs: number
  /** Why its connections closed: close code → times (1006: cut without a close frame). */
  closes: Map<number, number>
}

/**
 * Connects as the app does (client/src/board/syncConnectionOptions.ts):
 * no BroadcastChannel, and a close retried unless shared's close-code table
 * says it is final. A person whose connection drops comes back by itself.
 */
export function openDoc(syncUrl: string, docName: string, key: string, token?: string): SoakDoc {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(syncUrl, docName, doc, {
    params: token ? { key, token } : { key },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    shouldReconnect: (event: CloseEvent) => shouldRetryAfterClose(event.code),
  })
  const opened: SoakDoc = {
    doc,
    provider,
    kv: new YKeyValue<TLRecord>(doc.getArray(recordsArrayName)),
    refusal: null,
    syncs: 0,
    closes: new Map(),
  }
  provider.on('connection-close', (event: CloseEvent | null) => {
    const code = event?.code ?? 1006
    opened.closes.set(code, (opened.closes.get(code) ?? 0) + 1)
  })
  provider.on('sync', (synced: boolean) => {
    if (synced) opened.syncs++
  })
  provider.on('closed', (event: { code: number; reason: string }) => {
    opened.refusal = { code: event.code, reason: event.reason }
  })
  return opened
}

/** True while the doc is connected and synced with the server. */
export function isSynced(opened: SoakDoc): boolean {
  return opened.provider.wsconnected && opened.provider.synced
}

/** What a person does now and then, picked by the caller's dice. */
export type SoakAction = 'add' | 'move' | 'private'

/**
 * A participant who joined with a token and has the board open as the app
 * has it: three sockets (the board, the control doc, their private notes).
 */
export class SoakPerson {
  readonly board: SoakDoc
  readonly control: SoakDoc
  readonly private: SoakDoc
  /** Notes this person put on the board and in their private doc. */
  readonly written = new Set<string>()
  readonly writtenPrivately = new Set<string>()
  private notes = 0

  constructor(
    readonly index: number,
    readonly created: CreatedBoard,
    readonly joined: JoinedBoard,
    syncUrl: string,
    /** Called with each note of someone else this person's board receives: the server stored it before sending it. */
    onSeen: (noteId: string) => void,
  ) {
    const { id: boardId } = created
    const key = created.keys.participant
    this.board = openDoc(syncUrl, formatDocName({ boardId, kind: 'content' }), key, joined.token)
    this.control = openDoc(syncUrl, formatDocName({ boardId, kind: 'control' }), key, joined.token)
    this.private = openDoc(
      syncUrl,
      formatDocName({ boardId, kind: 'private', participantId: joined.participantId }),
      key,
      joined.token,
    )
    this.board.kv.on('change', (changes: Map<string, unknown>) => {
      for (const id of changes.keys()) if (isSoakNote(id) && !this.written.has(id)) onSeen(id)
    })
  }

  get docs(): SoakDoc[] {
    return [this.board, this.control, this.private]
  }

  /** Does `action`; returns what was done (a move with nothing to move adds a note instead). */
  act(action: SoakAction, dice: () => number): SoakAction {
    if (action === 'move') {
      const notes = [...this.board.kv.map.values()].map(({ val }) => val).filter((r) => isSoakNote(r.id))
      const note = notes[Math.floor(dice() * notes.length)]
      // Anyone may move anyone's note (shared/src/ownership); nothing to move yet means a new one.
      if (note?.typeName === 'shape') {
        this.board.kv.set(note.id, { ...note, x: note.x + Math.round(dice() * 40 - 20), y: note.y + 10 })
        return 'move'
      }
    }
    // Unique across people: person index and a count, within records.ts's 238,328 index keys.
    const n = this.index * 1000 + this.notes++
    // Stamped truthfully, as the app stamps its own notes, so the server has nothing to rewrite.
    const meta = { authorId: this.joined.participantId, createdAt: Date.now() }
    const note = noteRecord(n, `Person ${this.index}, thought ${this.notes}`, meta)
    const target = action === 'private' ? this.private : this.board
    ;(action === 'private' ? this.writtenPrivately : this.written).add(note.id)
    target.kv.set(note.id, note)
    return action === 'private' ? 'private' : 'add'
  }

  /** Cuts the board socket as a lost network does (no close frame); the provider must come back by itself. */
  dropConnection(): void {
    ;(this.board.provider.ws as unknown as WebSocket | null)?.terminate()
  }

  destroy(): void {
    for (const opened of this.docs) {
      opened.provider.destroy()
      opened.doc.destroy()
    }
  }
}

/** The notes the soak writes (records.ts names them `shape:note-<n>`). */
export function isSoakNote(id: string): boolean {
  return id.startsWith('shape:note-')
}
