import { useMemo, type KeyboardEvent } from 'react'
import { useValue, type Editor, type TLShapeId } from 'tldraw'
import { Role } from '@wesee/shared'
import { useBoardSession } from '../facilitation/BoardSession.ts'
import { boardOutline, type OutlineFrame, type OutlineNote } from '../listView/boardOutline.ts'
import { text } from '../text.ts'
import { chooseOnCanvas } from './chooseOnCanvas.ts'
import { describeNote } from './noteDescription.ts'
import './boardMirror.css'

/**
 * The board in words, beside the canvas (like Figma's hidden "mirror" of
 * its canvas): every step a heading, its notes a list with their words, who
 * wrote them, votes and "Only you can see this". A screen-reader user on the
 * board page reads the same board as everyone else without switching views.
 *
 * It is one Tab stop: arrows move from note to note inside it, so keyboard
 * users are not made to Tab through every note to reach the controls.
 * Enter (or a click) on a note chooses it on the canvas. It is out of sight
 * until something in it has focus, then it shows as a panel, so a sighted
 * keyboard user always sees where focus is.
 */
export function BoardMirror({
  editor,
  isPrivate,
}: {
  editor: Editor
  isPrivate: (shapeId: string) => boolean
}) {
  const session = useBoardSession()
  const outline = useValue('board in words', () => boardOutline(editor), [editor])
  const participants = session.control?.participants
  const people = useMemo(() => new Map((participants ?? []).map((p) => [p.id, p])), [participants])
  const stepFrameId = session.control?.stage?.frameId ?? null
  const vote = session.control?.vote ?? null
  // The roving Tab stop: the first note of the group's step, else the first note anywhere.
  const allNotes = [...outline.frames.flatMap((frame) => frame.notes), ...outline.looseNotes]
  const stepNotes = outline.frames.find((frame) => frame.id === stepFrameId)?.notes ?? []
  const tabStop = stepNotes[0]?.id ?? allNotes[0]?.id ?? null
  const describe = (note: OutlineNote) => describeNote(note, people, { vote, isPrivate: isPrivate(note.id) })
  const choose = (id: TLShapeId) => chooseOnCanvas(editor, id)

  return (
    <section
      className="board-mirror"
      aria-labelledby="board-mirror-heading"
      data-testid="board-mirror"
      onKeyDown={moveBetweenNotes}
    >
      <h2 id="board-mirror-heading">{text.boardWords.mirrorHeading}</h2>
      <p className="hint">{text.boardWords.mirrorHint}</p>
      {outline.frames.map((frame) => (
        <MirrorStep
          key={frame.id}
          frame={frame}
          isNow={frame.id === stepFrameId}
          tabStop={tabStop}
          describe={describe}
          choose={choose}
        />
      ))}
      {outline.looseNotes.length > 0 && (
        <section aria-labelledby="board-mirror-loose">
          <h3 id="board-mirror-loose">{text.boardWords.looseNotes}</h3>
          <MirrorNotes notes={outline.looseNotes} tabStop={tabStop} describe={describe} choose={choose} />
        </section>
      )}
      {session.role !== Role.Viewer && allNotes.length === 0 && <p>{text.list.empty}</p>}
    </section>
  )
}

function MirrorStep({
  frame,
  isNow,
  tabStop,
  describe,
  choose,
}: {
  frame: OutlineFrame
  isNow: boolean
  tabStop: TLShapeId | null
  describe: (note: OutlineNote) => string
  choose: (id: TLShapeId) => void
}) {
  const headingId = `board-mirror-${frame.id}`
  return (
    <section aria-labelledby={headingId} data-testid={isNow ? 'board-mirror-now' : undefined}>
      <h3 id={headingId} aria-current={isNow ? 'step' : undefined}>
        {text.boardWords.stepHeading(frame.title, isNow)}
      </h3>
      {frame.prompt && frame.prompt !== frame.title && <p dir="auto">{frame.prompt}</p>}
      {frame.pictureNames.length > 0 && <p>{text.list.pictures(frame.pictureNames.join(', '))}</p>}
      {frame.notes.length === 0 ? (
        <p>{text.boardWords.noNotesYet}</p>
      ) : (
        <MirrorNotes notes={frame.notes} tabStop={tabStop} describe={describe} choose={choose} />
      )}
    </section>
  )
}

function MirrorNotes({
  notes,
  tabStop,
  describe,
  choose,
}: {
  notes: OutlineNote[]
  tabStop: TLShapeId | null
  describe: (note: OutlineNote) => string
  choose: (id: TLShapeId) => void
}) {
  return (
    <ul>
      {notes.map((note) => (
        <li key={note.id}>
          <button
            type="button"
            className="board-mirror-note"
            data-mirror-note={note.id}
            tabIndex={note.id === tabStop ? 0 : -1}
            onClick={() => choose(note.id)}
          >
            {describe(note)}
          </button>
        </li>
      ))}
    </ul>
  )
}

/**
 * Up, Down, Home and End move focus between the notes (one Tab stop for the
 * whole list); so does the arrow pointing the way the words read (Right, or
 * Left when the page reads right to left).
 */
function moveBetweenNotes(event: KeyboardEvent<HTMLElement>): void {
  const keys = ['ArrowDown', 'ArrowUp', 'ArrowRight', 'ArrowLeft', 'Home', 'End']
  if (!keys.includes(event.key)) return
  const onwards = getComputedStyle(event.currentTarget).direction === 'rtl' ? 'ArrowLeft' : 'ArrowRight'
  const notes = [...event.currentTarget.querySelectorAll<HTMLElement>('[data-mirror-note]')]
  const at = notes.indexOf(document.activeElement as HTMLElement)
  if (at < 0 || notes.length === 0) return
  event.preventDefault()
  const next =
    event.key === 'Home'
      ? 0
      : event.key === 'End'
        ? notes.length - 1
        : Math.min(notes.length - 1, Math.max(0, at + (['ArrowDown', onwards].includes(event.key) ? 1 : -1)))
  for (const note of notes) note.tabIndex = -1
  notes[next]!.tabIndex = 0
  notes[next]!.focus()
}
