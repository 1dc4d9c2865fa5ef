import { useState, type Ref } from 'react'
import { text } from '../text.ts'

/** A link shown in full with a Copy button beside it. */
export function CopyableLink({
  label,
  url,
  id,
  copyButtonRef,
}: {
  label: string
  url: string
  id: string
  /** For moving focus to Copy, e.g. when a new link has just replaced this one. */
  copyButtonRef?: Ref<HTMLButtonElement>
}) {
  // "Copied" belongs to one link: a new link in the same place has not been copied yet.
  const [copiedUrl, setCopiedUrl] = useState<string | null>(null)
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input id={id} readOnly value={url} onFocus={(event) => event.target.select()} />
        <button
          ref={copyButtonRef}
          type="button"
          className="button"
          onClick={() => {
            void navigator.clipboard?.writeText(url).then(() => setCopiedUrl(url))
          }}
        >
          {copiedUrl === url ? text.invite.copied : text.invite.copy}
        </button>
      </div>
    </div>
  )
}
