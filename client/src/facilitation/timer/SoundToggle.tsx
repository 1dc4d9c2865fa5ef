import { updateMySettings, useMySettings } from '../../settings/mySettings.ts'
import { text } from '../../text.ts'
import { prepareChime } from './softChime.ts'

/** This person's own choice of a soft sound when time is up (off unless turned on; also in My settings). */
export function SoundToggle() {
  const on = useMySettings().timerSound
  return (
    <label className="check timer-sound">
      <input
        type="checkbox"
        checked={on}
        onChange={(event) => {
          // Browsers only let a page make sound after a click on it.
          if (event.target.checked) prepareChime()
          updateMySettings({ timerSound: event.target.checked })
        }}
      />
      {text.timer.soundName}
    </label>
  )
}
