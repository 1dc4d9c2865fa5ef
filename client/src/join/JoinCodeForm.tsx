import { useEffect, useRef, useState, type FormEvent } from 'react'
import { normalizeJoinCode } from '@wesee/shared'
import { ApiRequestError, findBoardByCode } from '../api/apiClient.ts'
import { text } from '../text.ts'
import { readAloud } from '../a11y/readAloud.ts'

/** Reads the code letter by letter, so a person can check what they typed. */
function readCodeAloud(code: string): void {
  readAloud(code.replace(/[\s-]/g, '').toUpperCase().split('').join(', '))
}

/**
 * "Join with a code": forgiving about case, spaces and dashes. With
 * `initialCode` (the projector's QR code opens `/#code=…`) it looks the code
 * up straight away, so scanning goes straight to the join screen.
 */
export function JoinCodeForm({
  onFound,
  initialCode,
}: {
  onFound: (path: string) => void
  initialCode?: string
}) {
  const [typed, setTyped] = useState(initialCode ?? '')
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const lookedUpInitial = useRef(false)
  useEffect(() => {
    if (!initialCode || lookedUpInitial.current) return
    lookedUpInitial.current = true
    void lookUp(initialCode)
    // Only the code the page opened with; later typing waits for the button.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialCode])

  async function submit(event: FormEvent) {
    event.preventDefault()
    await lookUp(typed)
  }

  async function lookUp(typedCode: string) {
    const code = normalizeJoinCode(typedCode)
    if (!code) {
      setProblem(text.join.codeLooksWrong)
      return
    }
    setBusy(true)
    setProblem(null)
    try {
      const target = await findBoardByCode(code)
      const url = new URL(target.link)
      onFound(url.pathname + url.hash)
    } catch (error) {
      setProblem(error instanceof ApiRequestError ? error.message : text.errors.generic)
      setBusy(false)
    }
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby="join-code-heading" noValidate>
      <h2 id="join-code-heading">{text.join.codeHeading}</h2>
      <label htmlFor="join-code">{text.join.codeLabel}</label>
      <p className="hint" id="join-code-hint">
        {text.join.codeHint}
      </p>
      <input
        id="join-code"
        className="code-input"
        value={typed}
        maxLength={12}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        aria-describedby="join-code-hint"
        aria-invalid={problem ? true : undefined}
        onChange={(event) => setTyped(event.target.value)}
      />
      {problem && (
        <p className="message message-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {text.join.codeButton}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => readCodeAloud(typed)}
          disabled={!typed.trim()}
        >
          {text.join.readCodeAloud}
        </button>
      </div>
    </form>
  )
}
