import { useState } from 'react'
import { text } from '../text.ts'

/** A link shown in full with a Copy button beside it. */
export function CopyableLink({ label, url, id }: { label: string; url: string; id: string }) {
  const [copied, setCopied] = useState(false)
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input id={id} readOnly value={url} onFocus={(event) => event.target.select()} />
        <button
          type="button"
          className="button"
          onClick={() => {
            void navigator.clipboard?.writeText(url).then(() => setCopied(true))
          }}
        >
          {copied ? text.invite.copied : text.invite.copy}
        </button>
      </div>
    </div>
  )
}
