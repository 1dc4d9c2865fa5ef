import { text } from '../text.ts'
import { textSizes, updateMySettings, useMySettings, type MySettings } from './mySettings.ts'

const motions: ReadonlyArray<MySettings['reduceMotion']> = ['system', 'on', 'off']

/** The "How the board looks" part of My settings. */
export function DisplayChoices() {
  const settings = useMySettings()
  return (
    <fieldset className="choice-group">
      <legend>{text.mySettings.seeHeading}</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.easyMode}
          onChange={(event) => updateMySettings({ easyMode: event.target.checked })}
        />
        <span>
          {text.mySettings.easyMode}
          <span className="hint">{text.mySettings.easyModeHint}</span>
        </span>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.phoneView}
          onChange={(event) => updateMySettings({ phoneView: event.target.checked })}
        />
        <span>
          {text.layout.phoneView}
          <span className="hint">{text.layout.phoneViewHint}</span>
        </span>
      </label>
      <fieldset className="choice-row">
        <legend>{text.mySettings.textSize}</legend>
        {textSizes.map((size) => (
          <label key={size} className="check">
            <input
              type="radio"
              name="text-size"
              checked={settings.textSize === size}
              onChange={() => updateMySettings({ textSize: size })}
            />
            {text.mySettings.textSizes[size]}
          </label>
        ))}
      </fieldset>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.highContrast}
          onChange={(event) => updateMySettings({ highContrast: event.target.checked })}
        />
        {text.mySettings.highContrast}
      </label>
      <fieldset className="choice-row">
        <legend>{text.mySettings.reduceMotion}</legend>
        {motions.map((motion) => (
          <label key={motion} className="check">
            <input
              type="radio"
              name="reduce-motion"
              checked={settings.reduceMotion === motion}
              onChange={() => updateMySettings({ reduceMotion: motion })}
            />
            {text.mySettings.reduceMotions[motion]}
          </label>
        ))}
      </fieldset>
      <label className="check">
        <input
          type="checkbox"
          checked={settings.hideCursors}
          onChange={(event) => updateMySettings({ hideCursors: event.target.checked })}
        />
        {text.mySettings.hideCursors}
      </label>
    </fieldset>
  )
}
