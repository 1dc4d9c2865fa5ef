import { useId, useState, type FormEvent } from 'react'
import { maxTimerSeconds, timerPresetSeconds } from '@wesee/shared'
import { text } from '../../text.ts'
import { Dialog } from '../Dialog.tsx'
import { useCommand } from '../useCommand.ts'
import './timer.css'

/** The facilitator starts the timer: a quick choice, or minutes and seconds. */
export function TimerDialog({ onClose }: { onClose: () => void }) {
  const { send, busy, problem } = useCommand()
  const [minutes, setMinutes] = useState('5')
  const [seconds, setSeconds] = useState('0')
  const [mistake, setMistake] = useState<string | null>(null)
  const minutesId = useId()
  const secondsId = useId()
  const mistakeId = useId()

  const start = async (total: number) => {
    if (await send({ type: 'timer.start', seconds: total })) onClose()
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const total = Number(minutes || 0) * 60 + Number(seconds || 0)
    if (!Number.isInteger(total) || total < 1) return setMistake(text.timer.needTime)
    if (total > maxTimerSeconds) return setMistake(text.timer.tooLong)
    setMistake(null)
    void start(total)
  }

  const shown = mistake ?? problem
  return (
    <Dialog title={text.timer.heading} onClose={onClose} testId="timer-dialog">
      <fieldset className="timer-presets">
        <legend>{text.timer.presetsLegend}</legend>
        {timerPresetSeconds.map((preset) => (
          <button
            key={preset}
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void start(preset)}
          >
            {text.timer.preset(preset / 60)}
          </button>
        ))}
      </fieldset>
      <form onSubmit={submit} noValidate>
        <fieldset className="timer-custom">
          <legend>{text.timer.customLegend}</legend>
          <div className="timer-custom-fields">
            <div className="field">
              <label htmlFor={minutesId}>{text.timer.minutes}</label>
              <input
                id={minutesId}
                type="number"
                inputMode="numeric"
                min={0}
                max={maxTimerSeconds / 60}
                value={minutes}
                aria-describedby={shown ? mistakeId : undefined}
                onChange={(event) => setMinutes(event.target.value)}
              />
            </div>
            <div className="field">
              <label htmlFor={secondsId}>{text.timer.seconds}</label>
              <input
                id={secondsId}
                type="number"
                inputMode="numeric"
                min={0}
                max={59}
                value={seconds}
                aria-describedby={shown ? mistakeId : undefined}
                onChange={(event) => setSeconds(event.target.value)}
              />
            </div>
            <button type="submit" className="button button-primary" disabled={busy}>
              {text.timer.start}
            </button>
          </div>
        </fieldset>
      </form>
      {shown && (
        <p className="message message-problem" role="alert" id={mistakeId}>
          {shown}
        </p>
      )}
    </Dialog>
  )
}
