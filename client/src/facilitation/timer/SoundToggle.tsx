import { updateMySettings, useMySettings } from '../../settings/mySettings.ts'
import { text } from '../../text.ts'
import { prepareChime } from './softChime.ts'

/** This person's own choice of a soft sound when time is up (off unless turned on). */
export function SoundToggle() {
  const on = useMySettings().timerSound
  return (
    <button
      type="button"
      className="button timer-sound"
      aria-pressed={on}
      aria-label={text.timer.soundName}
      onClick={() => {
        if (!on) prepareChime()
        updateMySettings({ timerSound: !on })
      }}
    >
      <span aria-hidden="true">{on ? text.timer.soundIsOn : text.timer.soundIsOff}</span>
    </button>
  )
}
