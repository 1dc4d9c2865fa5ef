import { useEffect, useRef, useState } from 'react'
import { useValue, type Editor } from 'tldraw'
import { Role, type ParticipantProfile } from '@wesee/shared'
import { useBoardSession } from '../facilitation/BoardSession.ts'
import { text } from '../text.ts'
import { boardOutline, type OutlineNote } from './boardOutline.ts'
import { addNoteToFrame, changeNoteWords } from './noteActions.ts'
import { NoteEditor } from './NoteEditor.tsx'
import { readAloud } from '../a11y/readAloud.ts'
import { ListVoteButtons } from './ListVoteButtons.tsx'
import { noteByline } from '../a11y/noteDescription.ts'
import { announce } from '../a11y/announce.ts'
import { Icon } from '../icons/Icon.tsx'

/**
 * The board as a list: every frame a heading, its notes a list with who
 * wrote them, in sync both ways with the canvas. For screen readers, the
 * keyboard, and small phones.
 */
export function BoardListView({
  editor,
  isPrivate = () => false,
}: {
  editor: Editor
  /** True for this person's own private notes (private writing), marked as such. */
  isPrivate?: (shapeId: string) => boolean
}) {
  const session = useBoardSession()
  const outline = useValue('board outline', () => boardOutline(editor), [editor])
  const people = new Map((session.control?.participants ?? []).map((p) => [p.id, p]))
  const canWrite =
    session.role === Role.Facilitator || (session.role === Role.Participant && !session.control?.lock.locked)
  // Paused while someone types: the box and their words stay; only adding waits.
  const paused = session.role === Role.Participant && !canWrite ? text.list.pausedDraft : null
  const stepFrameId = session.control?.stage?.frameId ?? null
  // The list opens at the step the group is on.
  const list = useRef<HTMLDivElement>(null)
  const scrolledTo = useRef<string | null>(null)
  useEffect(() => {
    if (!stepFrameId || scrolledTo.current === stepFrameId) return
    const section = list.current?.querySelector(`[data-frame-id="${CSS.escape(stepFrameId)}"]`)
    if (!section) return
    scrolledTo.current = stepFrameId
    section.scrollIntoView({ block: 'start' })
  }, [stepFrameId, outline])

  return (
    <div className="list-view" data-testid="list-view" ref={list}>
      <h1 className="visually-hidden">{text.list.heading(session.title)}</h1>
      {outline.frames.map((frame) => (
        <section
          key={frame.id}
          className={frame.id === stepFrameId ? 'list-frame list-now' : 'list-frame'}
          aria-labelledby={`heading-${frame.id}`}
          data-frame-id={frame.id}
        >
          <h2 id={`heading-${frame.id}`} aria-current={frame.id === stepFrameId ? 'step' : undefined}>
            {frame.id === stepFrameId && (
              <>
                <span className="now-badge">{text.stages.now}</span>
                <span className="visually-hidden">:</span>{' '}
              </>
            )}
            <bdi>{frame.title}</bdi>
          </h2>
          {frame.prompt && (
            <p className="list-prompt" dir="auto">
              {frame.prompt}
            </p>
          )}
          {frame.pictureNames.length > 0 && (
            <p className="hint">{text.list.pictures(frame.pictureNames.join(', '))}</p>
          )}
          <NoteList
            notes={frame.notes}
            people={people}
            editor={editor}
            canWrite={canWrite}
            isPrivate={isPrivate}
          />
          {(canWrite || paused) && (
            <NoteEditor
              draftKey={`add:${frame.id}`}
              label={text.list.addNoteTo(frame.title)}
              paused={paused}
              submitLabel={text.list.addNote}
              onSubmit={(words) => {
                addNoteToFrame(editor, frame.id, words, session.participantId)
                announce(text.list.added(frame.title))
              }}
            />
          )}
        </section>
      ))}
      {outline.looseNotes.length > 0 && (
        <section className="list-frame" aria-labelledby="heading-loose">
          <h2 id="heading-loose">{text.list.otherNotes}</h2>
          <NoteList
            notes={outline.looseNotes}
            people={people}
            editor={editor}
            canWrite={canWrite}
            isPrivate={isPrivate}
          />
        </section>
      )}
      {outline.frames.length === 0 && outline.looseNotes.length === 0 && <p>{text.list.empty}</p>}
    </div>
  )
}

function NoteList({
  notes,
  people,
  editor,
  canWrite,
  isPrivate,
}: {
  notes: OutlineNote[]
  people: Map<string, ParticipantProfile>
  editor: Editor
  canWrite: boolean
  isPrivate: (shapeId: string) => boolean
}) {
  if (notes.length === 0) return <p className="hint">{text.list.noNotes}</p>
  return (
    <ul className="list-notes">
      {notes.map((note) => (
        <NoteItem
          key={note.id}
          note={note}
          author={author(note, people)}
          editor={editor}
          canWrite={canWrite}
          isPrivate={isPrivate(note.id)}
        />
      ))}
    </ul>
  )
}

function author(note: OutlineNote, people: Map<string, ParticipantProfile>): ParticipantProfile | null {
  return note.authorId ? (people.get(note.authorId) ?? null) : null
}

function NoteItem({
  note,
  author,
  editor,
  canWrite,
  isPrivate,
}: {
  note: OutlineNote
  author: ParticipantProfile | null
  editor: Editor
  canWrite: boolean
  isPrivate: boolean
}) {
  const session = useBoardSession()
  const [editing, setEditing] = useState(false)
  const byline = noteByline(note, author ? new Map([[author.id, author]]) : new Map())
  const mine = note.authorId !== null && note.authorId === session.participantId
  const mayEdit = canWrite && (mine || session.role === Role.Facilitator)
  const words = [note.pictureNames.join(', '), note.text].filter(Boolean).join('. ')
  return (
    <li className="list-note">
      {editing ? (
        <NoteEditor
          label={text.list.changeNote}
          initial={note.text}
          autoFocus
          submitLabel={text.list.save}
          paused={canWrite ? null : text.list.pausedDraft}
          onSubmit={(changed) => {
            changeNoteWords(editor, note.id, changed)
            setEditing(false)
            announce(text.boardWords.noteSaved)
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          {note.pictureNames.length > 0 && (
            <p className="hint">{text.list.pictures(note.pictureNames.join(', '))}</p>
          )}
          <p className="list-note-text" dir="auto">
            {note.text || text.list.noWords}
          </p>
          <p className="hint">{byline}</p>
          {isPrivate && (
            <p className="list-private-mark">
              <Icon name="lock" /> {text.privateWriting.onlyYou}
            </p>
          )}
          <div className="actions">
            <ListVoteButtons noteId={note.id} words={note.text || words} />
            <button
              type="button"
              className="button"
              onClick={() => readAloud(words)}
              aria-label={text.list.readAloud(note.text)}
            >
              <Icon name="speaker" /> {text.list.readAloudShort}
            </button>
            {mayEdit && (
              <button
                type="button"
                className="button"
                onClick={() => setEditing(true)}
                aria-label={text.list.edit(note.text)}
              >
                {text.list.editShort}
              </button>
            )}
          </div>
        </>
      )}
    </li>
  )
}
