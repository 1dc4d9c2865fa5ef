import { useEffect, useState } from 'react'
import type { WebsocketProvider } from 'y-websocket'
import { decodeRefusalMessage, WeSeeMessageType } from '@wesee/shared'
import { text } from '../text.ts'
import { Icon } from '../icons/Icon.tsx'

/** How long the words stay; long enough to read slowly, and a new refusal starts again. */
const showForMs = 10_000

/**
 * When the server puts back a change this person was not allowed to make
 * (someone else's note, the facilitator's frames), their screen is already
 * put back by the server's update; this says why, in the person's language
 * (the words for the refusal's code, never the server's English sentence),
 * in a polite live region so screen readers hear it too. Its own
 * small file: it only adds a message handler to the content doc's provider.
 */
export function RefusalNotice({ provider }: { provider: WebsocketProvider | null }) {
  const [message, setMessage] = useState<{ words: string; at: number } | null>(null)

  useEffect(() => {
    if (!provider) return
    provider.messageHandlers[WeSeeMessageType.Refusal] = (_encoder, decoder) => {
      const refusal = decodeRefusalMessage(decoder.arr)
      if (refusal) setMessage({ words: text.refusals[refusal.code], at: Date.now() })
    }
    return () => {
      delete provider.messageHandlers[WeSeeMessageType.Refusal]
    }
  }, [provider])

  useEffect(() => {
    if (!message) return
    const timer = setTimeout(() => setMessage(null), showForMs)
    return () => clearTimeout(timer)
  }, [message])

  return (
    <p className="refusal-notice" role="status" aria-live="polite" data-testid="refusal-notice">
      {message && (
        <>
          <Icon name="hand" className="status-icon" />
          {message.words}
        </>
      )}
    </p>
  )
}
