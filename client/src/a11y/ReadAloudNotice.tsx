import { createPortal } from 'react-dom'
import { text } from '../text.ts'
import { clearReadAloudProblem, useReadAloudProblem } from './readAloudProblem.ts'

/**
 * Says, in plain words, why "Read aloud" read nothing (no voice for the
 * words' language on this device). One on every page, there only while it
 * has something to say: an alert is read out when it appears, and the live
 * region hears the words too (readAloud announces them). While a modal
 * dialog is open (My settings has "Hear how it sounds") it shows inside that
 * dialog: anything outside one is hidden under it and cannot be reached.
 */
export function ReadAloudNotice() {
  const problem = useReadAloudProblem()
  if (!problem) return null
  const notice = (
    <div className="read-aloud-notice" role="alert" data-testid="read-aloud-notice" key={problem.at}>
      <p className="message">
        <span>{problem.message}</span>
        <button type="button" className="button" onClick={clearReadAloudProblem}>
          {text.readAloud.dismiss}
        </button>
      </p>
    </div>
  )
  const dialog = [...document.querySelectorAll('dialog[open]')].at(-1)
  return dialog ? createPortal(notice, dialog) : notice
}
