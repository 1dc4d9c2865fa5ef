import { pictureUrl } from '@wesee/shared'
import { useCurrentEditor } from '../board/currentEditor.ts'
import { useBoardSession } from '../facilitation/BoardSession.ts'
import { PrivateWritingButtons } from '../facilitation/privateWriting/PrivateWritingButtons.tsx'
import { VoteToolbarButtons } from '../facilitation/voting/VoteToolbarButtons.tsx'
import { PictureTools } from '../pictures/PictureTools.tsx'
import { text } from '../text.ts'
import { announce } from './announce.ts'
import { addNoteHere, noteAddedMessage } from './addNoteHere.ts'
import { ReadingButtons } from './ReadingTools.tsx'
import { useWritesInSheet, WriteInSheetButton } from '../layout/AddNoteButton.tsx'
import { CardsButton } from '../facilitation/voices/CardsButton.tsx'
import { HandButton } from '../facilitation/voices/HandButton.tsx'

/**
 * Easy mode: only the tools that matter in a session, as big buttons with a
 * picture beside the words. Replaces the toolbar (and tldraw's own tools)
 * for a participant who chose it in My settings.
 */
export function EasyModeBar() {
  const session = useBoardSession()
  const editor = useCurrentEditor()
  const locked = session.control?.lock.locked ?? false
  const stepFrameId = (session.control?.stage as { frameId?: string } | null | undefined)?.frameId ?? null
  // Writing on my own: in "My own notes", where the words are big and nothing covers them.
  const writesInSheet = useWritesInSheet(true)
  return (
    <nav className="easy-bar" aria-label={text.easy.toolsLabel} data-testid="easy-bar">
      {editor && !locked && writesInSheet && (
        <WriteInSheetButton className="button button-primary" pictureSize={36} />
      )}
      {editor && !locked && !writesInSheet && (
        <button
          type="button"
          className="button button-primary"
          aria-keyshortcuts="Alt+N"
          onClick={() => {
            const id = addNoteHere(editor, stepFrameId, session.participantId)
            announce(noteAddedMessage(editor, id))
          }}
        >
          <img src={pictureUrl('1F4DD')} alt="" width={36} height={36} />
          {text.easy.addNote}
        </button>
      )}
      <PictureTools pictureLabel={text.layout.addPicture} />
      <HandButton pictureSize={36} />
      <CardsButton pictureSize={36} />
      <ReadingButtons />
      <VoteToolbarButtons />
      <PrivateWritingButtons />
    </nav>
  )
}
