import { pictureUrl, type ControlSnapshot } from '@wesee/shared'
import { useText } from '../../i18n/wordsInLanguage.tsx'

/**
 * "Remember what we agreed", while the facilitator shows it: every
 * agreement on the projector; on a person's screen the heading and how to
 * read them, so the top region stays small (the list is one tap away).
 */
export function RememberAgreements({
  control,
  full = false,
}: {
  control: ControlSnapshot | null
  full?: boolean
}) {
  const text = useText()
  const agreements = control?.agreements
  if (!agreements || agreements.shownAt === null || agreements.items.length === 0) return null
  return (
    <section
      className="remember-agreements"
      aria-labelledby="remember-heading"
      data-testid="remember-agreements"
    >
      <h2 id="remember-heading" className="voices-heading voices-line">
        <img src={pictureUrl('1F91D')} alt="" width={full ? 56 : 32} height={full ? 56 : 32} />
        {text.voices.rememberHeading}
      </h2>
      {full && (
        <ol className="agreement-list">
          {agreements.items.map((item) => (
            <li key={item.shapeId} dir="auto">
              {item.text}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
