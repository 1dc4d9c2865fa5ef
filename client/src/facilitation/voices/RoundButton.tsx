import { useId, useState, type FormEvent } from 'react'
import { text } from '../../text.ts'
import { Dialog } from '../Dialog.tsx'
import { useCommand } from '../useCommand.ts'

/** The facilitator's "Go round": everyone here gets a turn, one at a time. */
/** Who speaks first: in the order people joined, or shuffled. */
const roundOrders = ['joined', 'random'] as const

export function RoundButton() {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {text.voices.roundButton}
      </button>
      {open && <RoundDialog onClose={() => setOpen(false)} />}
    </>
  )
}

function RoundDialog({ onClose }: { onClose: () => void }) {
  const { send, busy, problem } = useCommand()
  const [prompt, setPrompt] = useState('')
  const [order, setOrder] = useState<'joined' | 'random'>('joined')
  const promptId = useId()
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const trimmed = prompt.trim()
    if (await send({ type: 'round.start', order, ...(trimmed ? { prompt: trimmed } : {}) })) onClose()
  }
  return (
    <Dialog title={text.voices.roundSetupHeading} onClose={onClose} testId="round-dialog">
      <form onSubmit={(event) => void submit(event)} noValidate>
        <p>{text.voices.roundSetupHint}</p>
        <div className="field">
          <label htmlFor={promptId}>{text.voices.roundPromptLabel}</label>
          <input
            id={promptId}
            type="text"
            maxLength={200}
            value={prompt}
            onChange={(event) => setPrompt(event.target.value)}
          />
        </div>
        <fieldset>
          <legend>{text.voices.roundOrderLegend}</legend>
          {roundOrders.map((choice) => (
            <label key={choice} className="check">
              <input
                type="radio"
                name="round-order"
                checked={order === choice}
                onChange={() => setOrder(choice)}
              />
              {text.voices.roundOrder[choice]}
            </label>
          ))}
        </fieldset>
        {problem && (
          <p className="message message-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {text.voices.startRound}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
