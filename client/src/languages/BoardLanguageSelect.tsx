import { useId } from 'react'
import { boardLanguageNames, boardLanguages, isBoardLanguage, type BoardLanguage } from '@wesee/shared'

/**
 * A list of the languages a board can be in, each in its own words (so a
 * Welsh speaker finds "Cymraeg" whatever the page is in), with the lang of
 * each name set so a screen reader says it right. With `none`, the list
 * offers "no language" first (the projector's second language).
 */
export function BoardLanguageSelect({
  label,
  hint,
  value,
  onChange,
  none,
  without,
}: {
  label: string
  hint?: string
  value: BoardLanguage | null
  onChange: (language: BoardLanguage | null) => void
  /** The words for "no language"; without them, a language must be chosen. */
  none?: string
  /** A language not to offer (the board's own, for its second language). */
  without?: BoardLanguage
}) {
  const selectId = useId()
  const hintId = useId()
  return (
    <div className="field">
      <label htmlFor={selectId}>{label}</label>
      <select
        id={selectId}
        value={value ?? ''}
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(isBoardLanguage(event.target.value) ? event.target.value : null)}
      >
        {none !== undefined && <option value="">{none}</option>}
        {boardLanguages
          .filter((language) => language !== without)
          .map((language) => (
            <option key={language} value={language} lang={language}>
              {boardLanguageNames[language]}
            </option>
          ))}
      </select>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  )
}
