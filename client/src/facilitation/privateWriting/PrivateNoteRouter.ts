import { atom, type TLRecord, type TLStore } from 'tldraw'
import { isPrivateNoteType } from '@wesee/shared'

/** Where private records are written: this person's private doc. */
export interface PrivateSink {
  write(id: string, record: TLRecord | null): void
}

type ShapeLike = {
  typeName: 'shape'
  id: string
  type: string
  parentId: string
  props: Record<string, unknown>
}
type BindingLike = { typeName: 'binding'; fromId: string; toId: string }

/**
 * Decides, record by record, which of this person's changes are private:
 * they go to their private doc and never to the board everyone shares.
 *
 * A record is private from the moment it is made, for good (its later moves,
 * edits and deletion follow it), when:
 * - it is a new note made inside the private-writing frame while private
 *   writing is on;
 * - it is a copy of one of my private notes (same words: duplicated or pasted),
 *   so copying never leaks;
 * - it hangs on something private: a shape inside it, a binding (arrow) to
 *   it, or a group made only of private shapes.
 * A record already on the shared board never becomes private.
 */
export class PrivateNoteRouter {
  /** Ids of records that live in the private doc; an atom so the canvas marks update. */
  readonly $ids = atom<ReadonlySet<string>>('private record ids', new Set())
  private frameId: string | null = null
  private sink: PrivateSink | null = null
  private store: TLStore | null = null

  /** True when the record with this id lives in the private doc (reactive inside tldraw reactors). */
  isPrivate = (id: string): boolean => this.$ids.get().has(id)

  /** The frame private writing is on in, or null when it is off. */
  setActiveFrame(frameId: string | null): void {
    this.frameId = frameId
  }

  /** Starts sending private records to `sink`; returns a function that stops it. */
  connect(store: TLStore, sink: PrivateSink): () => void {
    this.store = store
    this.sink = sink
    return () => {
      if (this.sink === sink) {
        this.sink = null
        this.store = null
      }
    }
  }

  /** Records the private doc holds (loaded, or arriving from my other tabs). */
  adopt(ids: Iterable<string>): void {
    const next = new Set(this.$ids.get())
    let changed = false
    for (const id of ids) {
      if (next.has(id)) continue
      next.add(id)
      changed = true
    }
    if (changed) this.$ids.set(next)
  }

  /**
   * Called by the shared board's binding for every local change, before it
   * is written anywhere. Returns true when the record is private: the board
   * binding must then not write it, and the private doc gets it instead.
   * `onBoard` says whether the shared board already holds the record.
   */
  divert = (id: string, record: TLRecord | null, onBoard: boolean): boolean => {
    if (this.isPrivate(id)) {
      this.sink?.write(id, record)
      return true
    }
    if (!record || onBoard || !this.sink || !this.claims(record)) return false
    this.adopt([id])
    this.sink.write(id, record)
    return true
  }

  private claims(record: TLRecord): boolean {
    if (record.typeName === 'binding') {
      const binding = record as unknown as BindingLike
      return this.isPrivate(binding.fromId) || this.isPrivate(binding.toId)
    }
    if (record.typeName !== 'shape') return false
    const shape = record as unknown as ShapeLike
    if (this.isPrivate(shape.parentId)) return true
    if (shape.type === 'group') return this.isGroupOfPrivateShapes(shape.id)
    if (!isPrivateNoteType(shape.type)) return false
    if (this.frameId !== null && shape.parentId === this.frameId) return true
    return this.isCopyOfPrivate(shape)
  }

  private isGroupOfPrivateShapes(groupId: string): boolean {
    const children = (this.store?.allRecords() ?? []).filter(
      (candidate) =>
        candidate.typeName === 'shape' && (candidate as unknown as ShapeLike).parentId === groupId,
    )
    return children.length > 0 && children.every((child) => this.isPrivate(child.id))
  }

  private isCopyOfPrivate(shape: ShapeLike): boolean {
    const words = wordsOf(shape)
    if (words === null || !this.store) return false
    for (const id of this.$ids.get()) {
      const original = this.store.get(id as TLRecord['id']) as unknown as ShapeLike | undefined
      if (original?.typeName === 'shape' && wordsOf(original) === words) return true
    }
    return false
  }
}

/** A note's words as comparable text, or null when it has none. */
function wordsOf(shape: ShapeLike): string | null {
  const { richText, text } = shape.props
  const words = JSON.stringify(richText ?? text ?? null)
  return /"text":"[^"]/.test(words) || (typeof text === 'string' && text.trim() !== '') ? words : null
}
