import { readPrivateWriting, type ControlSnapshot } from '@wesee/shared'
import { useText } from '../i18n/wordsInLanguage.tsx'
import { sharedCount, votedOutOf, writingOutOf } from './roomCounts.ts'
import { VoicesOnProjector } from './VoicesOnProjector.tsx'

/**
 * What the room is doing, for the back of the room: while a vote is open,
 * its frame and how many people have voted; while people write on their
 * own, how many are writing and how many have shared. Counts only, from the
 * control doc — never who voted for what, never anyone's name or words.
 */
export function RoomProgress({ control }: { control: ControlSnapshot | null }) {
  const text = useText()
  const vote = control?.vote?.status === 'open' ? control.vote : null
  const writing = control ? readPrivateWriting(control) : null
  const people = control?.participants ?? []
  const lines: { key: string; heading: string; detail: string[] }[] = []
  if (vote) {
    const voted = votedOutOf(vote, people)
    lines.push({
      key: 'vote',
      heading: text.projector.voteHeading(vote.title),
      detail: [text.projector.voted(voted.done, voted.total)],
    })
  }
  if (writing?.active) {
    const writers = writingOutOf(writing, people)
    const shared = sharedCount(writing)
    lines.push({
      key: 'writing',
      heading: text.projector.writingHeading,
      detail: [
        text.projector.writing(writers.done, writers.total),
        ...(shared > 0 ? [text.projector.shared(shared)] : []),
      ],
    })
  }
  // Always in the page (empty when nothing is on), so screen readers hear each change.
  // Scrolls on a small screen, so it takes focus then to scroll by keyboard.
  return (
    <div
      className="room-progress"
      role="status"
      data-testid="room-progress"
      tabIndex={lines.length > 0 || speakingShown(control) ? 0 : undefined}
    >
      {lines.map((line) => (
        <p key={line.key} className="room-progress-line" data-testid={`room-progress-${line.key}`}>
          <strong>{line.heading}</strong>
          {line.detail.map((detail) => (
            <span key={detail} className="room-progress-detail">
              {detail}
            </span>
          ))}
        </p>
      ))}
      <VoicesOnProjector control={control} />
    </div>
  )
}

/** True when the projector shows who speaks (a turn, a round or hands up). */
function speakingShown(control: ControlSnapshot | null): boolean {
  return Boolean(control?.turn || control?.round || (control?.hands.queue.length ?? 0) > 0)
}
