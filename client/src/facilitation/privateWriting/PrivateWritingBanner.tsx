import { useValue } from 'tldraw'
import { pictureUrl, readPrivateWriting } from '@wesee/shared'
import { text } from '../../text.ts'
import { useBoardSession } from '../BoardSession.ts'
import type { PrivateNotes } from './usePrivateNotes.ts'
import { ShareMyNotes } from './ShareMyNotes.tsx'
import { writingSheet, writingSheetId } from './writingSheetState.ts'
import { Icon } from '../../icons/Icon.tsx'
import './privateWriting.css'

/**
 * What a person writing on their own sees in the side region: that only
 * they can see their notes (and, honestly, that the facilitator's reveal
 * will share them), how many they have, "Write my notes" (the writing
 * sheet, where their notes are cards) and "Share my notes". On a phone it
 * stays small so the board keeps its room; "Share without my name" is in
 * the sheet there. Shown while private writing is on, and while they still
 * have private notes.
 */
export function PrivateWritingBanner({
  notes,
  phoneView,
}: {
  notes: PrivateNotes | null
  phoneView: boolean
}) {
  const session = useBoardSession()
  const sheetOpen = useValue('writing sheet open', () => writingSheet.get() !== 'closed', [])
  if (!notes || !session.control) return null
  const active = readPrivateWriting(session.control)?.active ?? false
  if (!active && notes.count === 0) return null
  const withoutName = (session.me?.anonymous ?? false) || notes.shareWithoutName

  return (
    <section
      className="private-banner"
      aria-label={text.privateWriting.bannerLabel}
      data-testid="private-writing-banner"
    >
      <p className="private-banner-title">
        <Icon name="lock" /> {active ? text.privateWriting.banner : text.privateWriting.keptNotes}
      </p>
      {active && !phoneView && <p className="private-banner-line">{text.privateWriting.bannerReveal}</p>}
      <p className="private-banner-line" data-testid="private-note-count">
        {notes.count > 0 ? text.privateWriting.yourCount(notes.count) : text.privateWriting.noNotesYet}
      </p>
      {notes.waitingToShare && notes.count > 0 && (
        <p className="private-banner-line">{text.privateWriting.waiting}</p>
      )}
      {phoneView && withoutName && !notes.waitingToShare && (
        <p className="private-banner-line">{text.privateWriting.sharingWithoutName}</p>
      )}
      <div className="private-banner-actions">
        <button
          type="button"
          className="button"
          aria-expanded={sheetOpen}
          aria-controls={sheetOpen ? writingSheetId : undefined}
          onClick={() => writingSheet.set(sheetOpen ? 'closed' : 'look')}
        >
          <img src={pictureUrl('1F4DD')} alt="" width={28} height={28} />
          {text.privateWriting.writeMine}
        </button>
      </div>
      {/* The sheet has its own Share button: one on screen at a time. */}
      {!sheetOpen && <ShareMyNotes notes={notes} withChoice={!phoneView} />}
    </section>
  )
}
