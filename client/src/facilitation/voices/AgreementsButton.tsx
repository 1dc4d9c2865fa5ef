import { useState } from 'react'
import { pictureUrl, Role } from '@wesee/shared'
import { text } from '../../text.ts'
import { useBoardSession } from '../BoardSession.ts'
import { AgreementsSheet } from './AgreementsSheet.tsx'

/**
 * "Our agreements", one tap away at every stage: in the top region beside
 * where we are, once there is an agreement (and always for the facilitator,
 * who makes them).
 */
export function AgreementsButton() {
  const session = useBoardSession()
  const [open, setOpen] = useState(false)
  const count = session.control?.agreements.items.length ?? 0
  if (count === 0 && session.role !== Role.Facilitator) return null
  return (
    <>
      <button
        type="button"
        className="button agreements-button"
        aria-expanded={open}
        data-testid="agreements-button"
        onClick={() => setOpen(!open)}
      >
        <img src={pictureUrl('1F91D')} alt="" width={28} height={28} />
        {text.voices.agreementsButton} ({count})
      </button>
      {open && <AgreementsSheet onClose={() => setOpen(false)} />}
    </>
  )
}
