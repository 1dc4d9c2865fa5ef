import { pictureUrl } from '@wesee/shared'
import { announce } from '../../a11y/announce.ts'
import { text } from '../../text.ts'
import { useBoardSession } from '../BoardSession.ts'
import { useCommand } from '../useCommand.ts'

/** "Raise my hand" / "Put my hand down", for anyone who joined. */
export function HandButton({ pictureSize = 28 }: { pictureSize?: number }) {
  const session = useBoardSession()
  const { send, busy, problem } = useCommand()
  if (!session.participantId) return null
  const up =
    session.control?.hands.queue.some((hand) => hand.participantId === session.participantId) ?? false
  return (
    <>
      <button
        type="button"
        className="button"
        aria-pressed={up}
        disabled={busy}
        data-testid="hand-button"
        onClick={async () => {
          if (await send({ type: up ? 'hand.lower' : 'hand.raise' })) {
            announce(up ? text.voices.handDown : text.voices.handUp)
          }
        }}
      >
        <img src={pictureUrl('270B')} alt="" width={pictureSize} height={pictureSize} />
        {up ? text.voices.lowerHand : text.voices.raiseHand}
      </button>
      {problem && (
        <p className="message message-problem" role="alert">
          {problem}
        </p>
      )}
    </>
  )
}
