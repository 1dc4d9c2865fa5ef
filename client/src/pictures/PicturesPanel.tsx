import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { useValue, type Editor } from 'tldraw'
import { pictureUrl, searchPictures, type LibraryPicture } from '@wesee/shared'
import { useScreenWords } from '../i18n/screenWordsLanguage.ts'
import { announce } from '../a11y/announce.ts'
import { text } from '../text.ts'
import { addLibraryPicture, pictureTarget, type AddPictureAs, type PictureTarget } from './addPicture.ts'
import { startPictureDrag } from './pictureDrops.ts'

/** Where the panel covers the whole board (as in styles.css). */
const narrowScreen = '(max-width: 40rem)'

/**
 * The Pictures panel: the picture library in plain-word groups, searchable
 * by everyday words, its groups named in the person's own language. A picture goes on the board with a click, a tap,
 * Enter or Space (into the selected frame or the middle of the view), or by
 * dragging it onto the canvas; as a picture, or as a picture note with words
 * under it. It sits beside the canvas without blocking it, so dragging works
 * and the board stays in view.
 */
export function PicturesPanel({
  editor,
  id,
  onClose,
}: {
  editor: Editor
  id: string
  /** `returnFocus: false` when focus has gone on to the board (into a new picture note's words). */
  onClose: (options?: { returnFocus?: boolean }) => void
}) {
  const { pictureGroups } = useScreenWords()
  const [query, setQuery] = useState('')
  const [groupId, setGroupId] = useState(pictureGroups[0]!.id)
  const [as, setAs] = useState<AddPictureAs>('picture')
  const searchRef = useRef<HTMLInputElement>(null)
  const headingId = useId()
  const targetId = useId()

  useEffect(() => searchRef.current?.focus(), [])

  const found = useMemo(() => (query.trim() ? searchPictures(query) : null), [query])
  const group = pictureGroups.find((g) => g.id === groupId) ?? pictureGroups[0]!
  const shown = found ?? group.pictures
  const target = useValue('picture target', () => pictureTarget(editor, as), [editor, as])

  const add = (picture: LibraryPicture) => {
    const added = addLibraryPicture(editor, picture, as)
    if (!added) return
    if (as === 'picture') announce(text.pictures.added(picture.name))
    else if (target.kind === 'note' || target.kind === 'picture-note')
      announce(text.pictures.addedToNote(picture.name))
    else announce(text.pictures.pictureNoteAdded(picture.name))
    // On a phone the panel covers the board: get out of the way so the picture can be seen.
    if (window.matchMedia(narrowScreen).matches) onClose({ returnFocus: as === 'picture' })
  }

  return (
    <section
      className="pictures-panel"
      id={id}
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.stopPropagation()
        onClose()
      }}
    >
      <div className="dialog-header">
        <h2 id={headingId}>{text.pictures.heading}</h2>
        <button type="button" className="button" onClick={() => onClose()}>
          {text.pictures.close}
        </button>
      </div>

      <div className="field">
        <label htmlFor={`${id}-search`}>{text.pictures.searchLabel}</label>
        <input
          ref={searchRef}
          id={`${id}-search`}
          type="search"
          value={query}
          placeholder={text.pictures.searchPlaceholder}
          autoComplete="off"
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>

      <fieldset className="choice-row">
        <legend>{text.pictures.addAsLegend}</legend>
        <label className="check">
          <input
            type="radio"
            name={`${id}-as`}
            checked={as === 'picture'}
            onChange={() => setAs('picture')}
          />
          {text.pictures.asPicture}
        </label>
        <label className="check">
          <input
            type="radio"
            name={`${id}-as`}
            checked={as === 'picture-note'}
            onChange={() => setAs('picture-note')}
          />
          {text.pictures.asPictureNote}
        </label>
      </fieldset>
      <p className="hint" id={targetId}>
        {describeTarget(target, as)}
      </p>

      {found === null && (
        <div className="picture-groups" role="group" aria-label={text.pictures.groupsLabel}>
          {pictureGroups.map((g) => (
            <button
              key={g.id}
              type="button"
              className="picture-group"
              aria-pressed={g.id === group.id}
              onClick={() => setGroupId(g.id)}
            >
              <img src={pictureUrl(g.coverId)} alt="" width={32} height={32} />
              <span>{g.name}</span>
            </button>
          ))}
        </div>
      )}

      <p className="visually-hidden" role="status">
        {found ? text.pictures.foundCount(found.length) : ''}
      </p>
      {found?.length === 0 ? (
        <p className="hint">{text.pictures.noneFound(query.trim())}</p>
      ) : (
        <ul className="picture-grid" aria-label={found ? text.pictures.resultsLabel : group.name}>
          {shown.map((picture) => (
            <li key={picture.id}>
              <button
                type="button"
                className="picture-choice"
                draggable
                aria-describedby={targetId}
                onClick={() => add(picture)}
                onDragStart={(event) => startPictureDrag(event, { id: picture.id, as })}
              >
                <img
                  src={pictureUrl(picture.id)}
                  alt=""
                  width={56}
                  height={56}
                  loading="lazy"
                  draggable={false}
                />
                <span>{picture.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function describeTarget(target: PictureTarget, as: AddPictureAs): string {
  switch (target.kind) {
    case 'frame':
      return text.pictures.goesInFrame(target.frame.props.name)
    case 'note':
      return text.pictures.goesOnNote
    case 'picture-note':
      return text.pictures.replacesPicture
    case 'view':
      return as === 'picture' ? text.pictures.goesInView : text.pictures.noteGoesInView
  }
}
