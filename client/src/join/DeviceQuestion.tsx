import { pictureUrl } from '@wesee/shared'
import { text } from '../text.ts'
import type { DeviceKind } from './participantIdentity.ts'

/** The answers, in the order shown. */
const devices: readonly DeviceKind[] = ['own', 'shared']

const pictures: Record<DeviceKind, string> = {
  own: '1F4F1', // mobile phone
  shared: '1F465', // people
}

/**
 * "Is this your own device?" with a picture beside each answer. On a shared
 * one, nothing that opens the board as this person stays after the tab is
 * closed. Native radios, so arrow keys and screen readers work as expected.
 */
export function DeviceQuestion({
  value,
  onChange,
}: {
  value: DeviceKind
  onChange: (device: DeviceKind) => void
}) {
  return (
    <fieldset className="device-question">
      <legend>{text.join.deviceLegend}</legend>
      <div className="device-options">
        {devices.map((device) => (
          <label key={device} className="device-option">
            <input
              type="radio"
              name="device"
              value={device}
              checked={value === device}
              onChange={() => onChange(device)}
            />
            <img src={pictureUrl(pictures[device])} alt="" width={40} height={40} />
            <span>{text.join.device[device]}</span>
          </label>
        ))}
      </div>
      <p className="hint">{text.join.deviceHint[value]}</p>
    </fieldset>
  )
}
