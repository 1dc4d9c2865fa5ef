import { pictureUrl } from '@wesee/shared'
import { useScreenWords } from '../i18n/screenWordsLanguage.ts'

/**
 * A grid of pictures to choose from. Native radio buttons underneath, so
 * arrow keys, Tab and screen readers work as people expect; each picture has
 * its name written below it, and each radio is named by the picture alone
 * (the tick drawn on the chosen one is not part of its name), in the
 * person's own language.
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
  const { avatars } = useScreenWords()
  return (
    <fieldset className="avatar-picker">
      <legend>{legend}</legend>
      <div className="avatar-grid" data-testid="avatar-grid">
        {avatars.map((avatar) => (
          <label key={avatar.id} className="avatar-option">
            <input
              type="radio"
              name="avatar"
              value={avatar.id}
              aria-label={avatar.name}
              checked={value === avatar.id}
              onChange={() => onChange(avatar.id)}
            />
            <img src={pictureUrl(avatar.id)} alt="" width={56} height={56} />
            <span aria-hidden="true">{avatar.name}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
