import { useEffect, useState } from 'react'
import { useValue, type Editor, type TLShapeId } from 'tldraw'
import { readPrivateWriting, Role } from '@wesee/shared'
import { announce } from '../../a11y/announce.ts'
import { readAloud } from '../../a11y/readAloud.ts'
import { Icon } from '../../icons/Icon.tsx'
import { usePhoneView } from '../../layout/phoneView.ts'
import { Sheet } from '../../layout/Sheet.tsx'
import { framePromptWords } from '../../listView/boardOutline.ts'
import { NoteEditor } from '../../listView/NoteEditor.tsx'
import { addNoteToFrame, changeNoteWords } from '../../listView/noteActions.ts'
import { text } from '../../text.ts'
import { useBoardSession } from '../BoardSession.ts'
import { myPrivateNotes, type MyPrivateNote } from './myPrivateNotes.ts'
import { ShareMyNotes } from './ShareMyNotes.tsx'
import type { PrivateNotes } from './usePrivateNotes.ts'
import { writingSheet, writingSheetId } from './writingSheetState.ts'

/**
 * "My own notes": private writing as a sheet over the board, not a banner
 * over the canvas. My private notes are cards I can read aloud, change or
 * take away; a box at the top adds the next one (Enter adds it); "Share my
 * notes" with "Share without my name" stays at the bottom, always in view.
 * The notes are the same tldraw notes the canvas shows in the frame, so the
 * private router keeps them in my private doc whichever way I write them.
 */
export function PrivateWritingSheet({ notes, editor }: { notes: PrivateNotes; editor: Editor }) {
  const session = useBoardSession()
  const mode = useValue('writing sheet', () => writingSheet.get(), [])
  const mine = useValue('my private notes', () => myPrivateNotes(editor, notes.router.$ids.get()), [
    editor,
    notes.router,
  ])
  const writing = session.control ? readPrivateWriting(session.control) : null
  const phoneView = usePhoneView()
  const frameId = writing?.active ? (writing.frameId as TLShapeId) : null
  // What the group is asked: the frame's title and prompt, in the sheet, since on a phone it covers them.
  const question = useValue(
    'private writing question',
    () => {
      const frame = frameId ? editor.getShape(frameId) : undefined
      if (!frameId || frame?.type !== 'frame') return null
      return {
        title: (frame.props as { name?: string }).name ?? '',
        prompt: framePromptWords(editor, frameId),
      }
    },
    [editor, frameId],
  )
  // Nothing left to write or share (writing stopped, the notes went on the board): the sheet goes.
  const finished = !writing?.active && mine.length === 0
  useEffect(() => {
    if (finished) writingSheet.set('closed')
  }, [finished])
  if (mode === 'closed' || finished) return null
  const locked = session.role === Role.Participant && (session.control?.lock.locked ?? false)
  const close = () => writingSheet.set('closed')

  return (
    <Sheet
      title={text.privateWriting.sheetTitle}
      onClose={close}
      testId="writing-sheet"
      id={writingSheetId}
      footer={<ShareMyNotes notes={notes} withChoice />}
      tall={phoneView}
    >
      <div className="writing-sheet">
        {question && (
          <div className="writing-question">
            <p className="writing-question-title" dir="auto">
              {question.title}
            </p>
            {question.prompt && (
              <p className="private-banner-line" dir="auto">
                {question.prompt}
              </p>
            )}
          </div>
        )}
        <p className="private-banner-line">
          <Icon name="lock" /> {text.privateWriting.sheetIntro}
        </p>
        {writing?.active && <p className="private-banner-line">{text.privateWriting.bannerReveal}</p>}
        {frameId && (
          <NoteEditor
            draftKey={`private:${frameId}`}
            label={text.privateWriting.writeLabel}
            hint={text.privateWriting.writeHint}
            submitLabel={text.privateWriting.add}
            autoFocus={mode === 'write'}
            paused={locked ? text.list.pausedDraft : null}
            onSubmit={(words) => {
              // Made inside the private-writing frame, so the router keeps it private.
              addNoteToFrame(editor, frameId, words, session.participantId)
              announce(text.privateWriting.added)
            }}
          />
        )}
        {/* Focus comes here when a card is taken away, so it never drops to the page. */}
        <h3 className="writing-sheet-heading" id={notesHeadingId} tabIndex={-1}>
          {text.privateWriting.myNotesLabel}
        </h3>
        {mine.length === 0 ? (
          <p className="hint">{text.privateWriting.sheetEmpty}</p>
        ) : (
          <ul className="writing-cards" aria-labelledby={notesHeadingId}>
            {mine.map((note) => (
              <PrivateNoteCard
                key={note.id}
                note={note}
                editor={editor}
                locked={locked}
                showFrame={note.frameId !== frameId}
              />
            ))}
          </ul>
        )}
      </div>
    </Sheet>
  )
}

const notesHeadingId = 'my-own-notes-list'

function PrivateNoteCard({
  note,
  editor,
  locked,
  showFrame,
}: {
  note: MyPrivateNote
  editor: Editor
  locked: boolean
  /** Say which frame it is in, when it is not the one the group writes in now. */
  showFrame: boolean
}) {
  const [editing, setEditing] = useState(false)
  const spoken = [note.pictureNames.join(', '), note.words].filter(Boolean).join('. ')
  const shown = note.words || text.privateWriting.noWords
  if (editing) {
    return (
      <li className="writing-card">
        <NoteEditor
          label={text.privateWriting.changeBox}
          initial={note.words}
          autoFocus
          submitLabel={text.privateWriting.save}
          paused={locked ? text.list.pausedDraft : null}
          onSubmit={(words) => {
            changeNoteWords(editor, note.id, words)
            setEditing(false)
            announce(text.privateWriting.saved)
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    )
  }
  return (
    <li className="writing-card" data-testid="writing-card">
      {showFrame && note.frameName && (
        <p className="hint">{text.privateWriting.notesElsewhere(note.frameName)}</p>
      )}
      {note.pictureNames.length > 0 && (
        <p className="hint">{text.list.pictures(note.pictureNames.join(', '))}</p>
      )}
      <p className="writing-card-words">{shown}</p>
      <div className="actions">
        <button
          type="button"
          className="button"
          aria-label={text.list.readAloud(shown)}
          onClick={() => readAloud(spoken || shown)}
        >
          <Icon name="speaker" /> {text.list.readAloudShort}
        </button>
        {!locked && (
          <>
            <button
              type="button"
              className="button"
              aria-label={text.privateWriting.changeLabel(shown)}
              onClick={() => setEditing(true)}
            >
              {text.privateWriting.change}
            </button>
            <button
              type="button"
              className="button"
              aria-label={text.privateWriting.removeLabel(shown)}
              onClick={() => {
                editor.markHistoryStoppingPoint('take away private note')
                editor.deleteShapes([note.id])
                document.getElementById(notesHeadingId)?.focus()
                announce(text.privateWriting.removed)
              }}
            >
              {text.privateWriting.remove}
            </button>
          </>
        )}
      </div>
    </li>
  )
}
