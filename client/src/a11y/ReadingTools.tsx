import { useState } from 'react'
import { MySettingsDialog } from '../settings/MySettingsDialog.tsx'
import { text } from '../text.ts'
import { readAloudShortcut, useReadAloud } from './useReadAloud.ts'

/**
 * "Read aloud" and "My settings", for everyone on the board (viewers too):
 * hearing the words is as much a way in as reading them.
 */
export function ReadingTools() {
  const readSelectionAloud = useReadAloud()
  const [settingsOpen, setSettingsOpen] = useState(false)
  return (
    <nav className="reading-tools" aria-label={text.readAloud.toolsLabel}>
      <button
        type="button"
        className="button"
        onClick={readSelectionAloud}
        aria-keyshortcuts={readAloudShortcut.ariaKeyShortcuts}
        title={text.readAloud.buttonHint(readAloudShortcut.label)}
      >
        <span aria-hidden="true" className="button-icon">
          🔊
        </span>
        {text.readAloud.button}
      </button>
      <button type="button" className="button" onClick={() => setSettingsOpen(true)}>
        {text.mySettings.button}
      </button>
      {settingsOpen && <MySettingsDialog onClose={() => setSettingsOpen(false)} />}
    </nav>
  )
}
