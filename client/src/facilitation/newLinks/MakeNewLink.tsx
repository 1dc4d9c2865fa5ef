import { useEffect, useId, useRef, useState, type RefObject } from 'react'
import { announce } from '../../a11y/announce.ts'
import { ApiRequestError } from '../../api/apiClient.ts'
import { text } from '../../text.ts'
import { useBoardSession } from '../BoardSession.ts'
import { replaceLink, type LinkRole } from './replaceLink.ts'

type Step = 'idle' | 'asking' | 'making'

/**
 * "Make a new link" for one role, with a step that says what will happen
 * before anything does. Focus: "No, keep this link" while asking (the safe
 * choice, described by the question and what follows); back on the button
 * when the facilitator says no; on Copy of the new link once it is made.
 */
export function MakeNewLink({
  role,
  onMade,
  copyButton,
}: {
  role: LinkRole
  onMade?: (link: string) => void
  /** Where focus goes once the new link is shown. */
  copyButton?: RefObject<HTMLButtonElement | null>
}) {
  const { boardId, boardKey } = useBoardSession()
  const [step, setStep] = useState<Step>('idle')
  const [problem, setProblem] = useState<string | null>(null)
  const [madeCount, setMadeCount] = useState(0)
  const [focusOpener, setFocusOpener] = useState(false)
  const opener = useRef<HTMLButtonElement>(null)
  const keep = useRef<HTMLButtonElement>(null)
  const id = useId()

  useEffect(() => {
    if (step === 'asking') keep.current?.focus()
  }, [step])
  useEffect(() => {
    if (focusOpener) opener.current?.focus()
  }, [focusOpener])
  useEffect(() => {
    if (madeCount > 0) copyButton?.current?.focus()
  }, [madeCount, copyButton])

  const confirm = async () => {
    if (step === 'making') return
    setStep('making')
    setProblem(null)
    try {
      const made = await replaceLink(boardId, boardKey, role)
      // The facilitator's own link: the board opens again with it and shows it there.
      if (made.role === 'facilitator') return
      onMade?.(made.link)
      announce(text.newLink.made)
      setStep('idle')
      setMadeCount((n) => n + 1)
    } catch (error) {
      setProblem(error instanceof ApiRequestError ? error.message : text.errors.generic)
      setStep('asking')
    }
  }

  if (step === 'idle') {
    return (
      <div className="new-link">
        <button
          ref={opener}
          type="button"
          className="button"
          aria-label={text.newLink.buttonName[role]}
          onClick={() => {
            setFocusOpener(false)
            setStep('asking')
          }}
        >
          {text.newLink.button}
        </button>
        <div role="status">{madeCount > 0 && <p className="message">{text.newLink.made}</p>}</div>
      </div>
    )
  }
  return (
    <div className="new-link new-link-confirm" role="group" aria-labelledby={`${id}-question`}>
      <p id={`${id}-question`} className="new-link-question">
        {text.newLink.question[role]}
      </p>
      <p id={`${id}-old`}>{text.newLink.oldStops}</p>
      <p id={`${id}-who`}>{text.newLink.whoIsOn[role]}</p>
      {problem && (
        <p className="message message-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          // Not disabled: a disabled button drops the focus it holds while the link is made.
          aria-disabled={step === 'making'}
          onClick={() => void confirm()}
        >
          {step === 'making' ? text.newLink.making : text.newLink.yes}
        </button>
        <button
          ref={keep}
          type="button"
          className="button"
          aria-disabled={step === 'making'}
          aria-describedby={`${id}-question ${id}-old ${id}-who`}
          onClick={() => {
            if (step === 'making') return
            setStep('idle')
            setFocusOpener(true)
          }}
        >
          {text.newLink.no}
        </button>
      </div>
    </div>
  )
}
