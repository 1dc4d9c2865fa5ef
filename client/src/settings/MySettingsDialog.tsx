import { useId } from 'react'
import { readAloudShortcut } from '../a11y/useReadAloud.ts'
import { readAloud } from '../a11y/readAloud.ts'
import { prepareChime } from '../facilitation/timer/softChime.ts'
import { Dialog } from '../facilitation/Dialog.tsx'
import { text } from '../text.ts'
import { DisplayChoices } from './DisplayChoices.tsx'
import { LanguagePicker } from '../i18n/LanguagePicker.tsx'
import {
  nearestReadAloudSpeed,
  readAloudRates,
  updateMySettings,
  useMySettings,
  type ReadAloudSpeed,
} from './mySettings.ts'

/**
 * My settings: this person's own choices on this device: how the board
 * looks (easy mode, size, contrast, motion, pointers), reading speed, sounds.
 */
export function MySettingsDialog({ onClose }: { onClose: () => void }) {
  const settings = useMySettings()
  const hintId = useId()
  const chosen = nearestReadAloudSpeed(settings.readAloudRate)
  const speeds = Object.keys(readAloudRates) as ReadAloudSpeed[]
  return (
    <Dialog title={text.mySettings.heading} onClose={onClose} testId="my-settings">
      <p className="hint">{text.mySettings.hint}</p>
      <LanguagePicker />
      <DisplayChoices />
      <fieldset className="choice-group" aria-describedby={hintId}>
        <legend>{text.mySettings.readingSpeed}</legend>
        {speeds.map((speed) => (
          <label key={speed} className="check">
            <input
              type="radio"
              name="reading-speed"
              checked={chosen === speed}
              onChange={() => updateMySettings({ readAloudRate: readAloudRates[speed] })}
            />
            {text.mySettings.speeds[speed]}
          </label>
        ))}
        <p className="hint" id={hintId}>
          {text.mySettings.shortcutHint(readAloudShortcut.label)}
        </p>
      </fieldset>
      <div className="actions">
        <button type="button" className="button" onClick={() => readAloud(text.mySettings.sample)}>
          {text.mySettings.tryIt}
        </button>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.timerSound}
          onChange={(event) => {
            // Browsers only let a page make sound after a click on it.
            if (event.target.checked) prepareChime()
            updateMySettings({ timerSound: event.target.checked })
          }}
        />
        {text.timer.soundName}
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.turnSound}
          onChange={(event) => {
            if (event.target.checked) prepareChime()
            updateMySettings({ turnSound: event.target.checked })
          }}
        />
        {text.voices.turnSoundName}
      </label>
    </Dialog>
  )
}
