import { avatars, pictureUrl } from '@wesee/shared'

/**
 * A grid of pictures to choose from. Native radio buttons underneath, so
 * arrow keys, Tab and screen readers work as people expect; each picture has
 * its name written below it.
 */
export function AvatarPicker({
  legend,
  value,
  onChange,
}: {
  legend: string
  value: string
  onChange: (avatarId: string) => void
}) {
  return (
    <fieldset className="avatar-picker">
      <legend>{legend}</legend>
      <div className="avatar-grid">
        {avatars.map((avatar) => (
          <label key={avatar.id} className="avatar-option">
            <input
              type="radio"
              name="avatar"
              value={avatar.id}
              checked={value === avatar.id}
              onChange={() => onChange(avatar.id)}
            />
            <img src={pictureUrl(avatar.id)} alt="" width={56} height={56} />
            <span>{avatar.name}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
