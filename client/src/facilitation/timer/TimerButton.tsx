import { useState } from 'react'
import { text } from '../../text.ts'
import { TimerDialog } from './TimerDialog.tsx'

/** The facilitator's "Timer" button in the board tools. */
export function TimerButton() {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {text.timer.button}
      </button>
      {open && <TimerDialog onClose={() => setOpen(false)} />}
    </>
  )
}
