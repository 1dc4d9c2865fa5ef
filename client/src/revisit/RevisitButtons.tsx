import { useEffect, useRef, useState } from 'react'
import { Role } from '@wesee/shared'
import { announce } from '../a11y/announce.ts'
import { useBoardSession } from '../facilitation/BoardSession.ts'
import { text } from '../text.ts'
import { BoardSettingsDialog } from './BoardSettingsDialog.tsx'
import { YouSaidDialog } from './YouSaidDialog.tsx'
import { ExportDialog } from './ExportDialog.tsx'
import { VersionsDialog } from './VersionsDialog.tsx'

/**
 * The board toolbar's one button for revisiting, "Share and download"
 * (everyone); the facilitator reaches the board's versions from there, so
 * the toolbar stays short.
 */
export function RevisitButtons() {
  const { role } = useBoardSession()
  const [open, setOpen] = useState<'versions' | 'export' | 'settings' | 'you-said' | null>(null)
  const close = () => setOpen(null)
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen('export')}>
        {text.exports.button}
      </button>
      {role === Role.Facilitator && (
        <button type="button" className="button" onClick={() => setOpen('settings')}>
          {text.boardSettings.button}
        </button>
      )}
      {role === Role.Facilitator && (
        <button type="button" className="button" onClick={() => setOpen('you-said')}>
          {text.youSaid.button}
        </button>
      )}
      {open === 'settings' && <BoardSettingsDialog onClose={close} />}
      {open === 'you-said' && <YouSaidDialog onClose={close} />}
      {open === 'versions' && <VersionsDialog onClose={close} />}
      {open === 'export' && (
        <ExportDialog
          onClose={close}
          onOpenVersions={role === Role.Facilitator ? () => setOpen('versions') : undefined}
        />
      )}
    </>
  )
}

/**
 * Tells everyone, out loud, when the facilitator takes the board back to a
 * version: a facilitator's power is never used silently. Mounted with the
 * board (not with the button, which may sit in a closed menu).
 */
export function useVersionRestoredAnnouncement(): void {
  const { control } = useBoardSession()
  const restored = control?.versionRestored ?? undefined
  // The restore already in the doc when the board opens is old news; only later ones are told.
  const seen = useRef<number | undefined>(undefined)
  const loaded = useRef(false)
  useEffect(() => {
    if (!control) return
    if (!loaded.current) {
      loaded.current = true
      seen.current = restored?.at
      return
    }
    if (!restored || restored.at === seen.current) return
    seen.current = restored.at
    announce(text.versions.restored(restored.name ?? text.versions.untitled))
  }, [control, restored])
}
