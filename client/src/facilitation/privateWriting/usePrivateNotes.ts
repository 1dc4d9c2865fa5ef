import { useCallback, useEffect, useState } from 'react'
import type { TLStore } from 'tldraw'
import type * as Y from 'yjs'
import {
  formatDocName,
  isPrivateNoteType,
  readPrivateWriting,
  privatePreferencesMapName,
  recordsArrayName,
  shareWithoutNameKey,
  waitingToShareKey,
  type ControlSnapshot,
} from '@wesee/shared'
import { openSyncedDoc } from '../../board/openSyncedDoc.ts'
import { bindPrivateDoc } from './bindPrivateDoc.ts'
import type { PrivateNoteRouter } from './PrivateNoteRouter.ts'

/** This person's private notes, as the banner and the canvas need them. */
export interface PrivateNotes {
  router: PrivateNoteRouter
  /** How many private notes I have now. */
  count: number
  /** My "Share without my name" tick, kept in my private doc. */
  shareWithoutName: boolean
  /** I asked to share without my name: my notes go out with everyone's. */
  waitingToShare: boolean
  setShareWithoutName: (value: boolean) => void
}

interface DocState {
  count: number
  shareWithoutName: boolean
  waitingToShare: boolean
}

const empty: DocState = { count: 0, shareWithoutName: false, waitingToShare: false }

function readDoc(doc: Y.Doc): DocState {
  const records = doc.getArray<{ key: string; val: { typeName?: unknown; type?: unknown } }>(recordsArrayName)
  const notes = new Map<string, boolean>()
  // The right-most entry of a key wins, as in YKeyValue.
  for (const { key, val } of records.toArray()) {
    notes.set(key, val.typeName === 'shape' && isPrivateNoteType(val.type))
  }
  const preferences = doc.getMap(privatePreferencesMapName)
  return {
    count: [...notes.values()].filter(Boolean).length,
    shareWithoutName: preferences.get(shareWithoutNameKey) === true,
    waitingToShare: preferences.get(waitingToShareKey) === true,
  }
}

/**
 * Opens my private doc (`<boardId>/private/<participantId>`, only my token
 * opens it) and binds it to the canvas through the router. No offline copy
 * is kept on this device: on a shared computer (a library, a drop-in) the
 * next person must not find my notes in the browser; the server keeps them.
 */
export function usePrivateNotes(
  boardId: string,
  key: string,
  token: string | null,
  participantId: string | null,
  store: TLStore | null,
  router: PrivateNoteRouter,
  control: ControlSnapshot | null,
): PrivateNotes | null {
  const [doc, setDoc] = useState<Y.Doc | null>(null)
  const [state, setState] = useState<DocState>(empty)

  useEffect(() => {
    if (!token || !participantId) return
    // Nobody else is ever here: no presence (openSyncedDoc keeps our awareness empty).
    const opened = openSyncedDoc(formatDocName({ boardId, kind: 'private', participantId }), key, token)
    const privateDoc = opened.doc
    const refresh = () => setState(readDoc(privateDoc))
    privateDoc.on('update', refresh)
    setDoc(privateDoc)
    return () => {
      privateDoc.off('update', refresh)
      setDoc(null)
      setState(empty)
      opened.close()
    }
  }, [boardId, key, token, participantId])

  const writing = control ? readPrivateWriting(control) : null
  const activeFrameId = writing?.active ? writing.frameId : null
  useEffect(() => router.setActiveFrame(activeFrameId), [router, activeFrameId])

  useEffect(() => {
    if (!store || !doc) return
    return bindPrivateDoc(store, doc, router)
  }, [store, doc, router])

  const setShareWithoutName = useCallback(
    (value: boolean) => {
      doc?.getMap(privatePreferencesMapName).set(shareWithoutNameKey, value)
    },
    [doc],
  )

  if (!doc) return null
  return { router, ...state, setShareWithoutName }
}
