import { useId } from 'react'
import { offeredLanguages } from '@wesee/shared'
import { text } from '../text.ts'
import { chooseLanguage, useChosenLanguage } from './chosenLanguage.ts'

/**
 * The person's own language for WeSee's words on this device. Each language is
 * named in itself, with its `lang`, so a Welsh speaker finds "Cymraeg" and a
 * screen reader says it in Welsh whatever the page is in. Shown only when there
 * is more than one language to choose. `compact` keeps it to one line, for the
 * join screen, where the name and Join must stay on a small phone's screen.
 */
export function LanguagePicker({ className, compact = false }: { className?: string; compact?: boolean }) {
  const chosen = useChosenLanguage()
  const selectId = useId()
  const hintId = useId()
  const offered = offeredLanguages()
  if (offered.length < 2) return null
  return (
    <div className={className ? `field ${className}` : 'field'} data-testid="language-picker">
      <label htmlFor={selectId}>{text.language.label}</label>
      <select
        id={selectId}
        value={chosen.code}
        aria-describedby={hintId}
        onChange={(event) => void chooseLanguage(event.target.value)}
      >
        {offered.map((language) => (
          <option key={language.code} value={language.code} lang={language.code}>
            {language.name}
          </option>
        ))}
      </select>
      {/* Compact (the join screen): the hint is still said, but takes no room from the name and Join. */}
      <p className={compact ? 'visually-hidden' : 'hint'} id={hintId}>
        {text.language.hint}
      </p>
    </div>
  )
}
