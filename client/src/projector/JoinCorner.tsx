import { displayJoinCode } from '@wesee/shared'
import { QrCode } from '../facilitation/QrCode.tsx'
import { useText } from '../i18n/wordsInLanguage.tsx'
import { joinLink } from './joinLink.ts'

/** The corner that invites the room in while joining is open: the code, big, and a QR code. */
export function JoinCorner({ code }: { code: string }) {
  const text = useText()
  const host = window.location.host
  return (
    <aside className="join-corner" aria-labelledby="join-corner-heading" data-testid="join-corner">
      <h2 id="join-corner-heading" className="join-corner-heading">
        {text.projector.joinHeading}
      </h2>
      <p className="join-corner-where">{text.projector.joinAt(host)}</p>
      <p className="join-corner-code" aria-label={`${text.invite.code}: ${code.split('').join(' ')}`}>
        {displayJoinCode(code)}
      </p>
      <p className="join-corner-where">{text.projector.scanHint}</p>
      <QrCode value={joinLink(window.location.origin, code)} alt={text.projector.qrAlt} size={240} />
    </aside>
  )
}
