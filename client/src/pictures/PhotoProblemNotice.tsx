import { text } from '../text.ts'
import { clearPhotoProblem, usePhotoProblem } from './photoProblem.ts'

/** Says, in plain words, why a photo or picture could not be added. */
export function PhotoProblemNotice() {
  const problem = usePhotoProblem()
  return (
    // The alert region stays in the page so screen readers hear each new message.
    <div className="photo-problem" role="alert" data-testid="photo-problem">
      {problem && (
        <p className="message message-problem">
          <span>{problem.message}</span>
          <button type="button" className="button" onClick={clearPhotoProblem}>
            {text.photos.dismiss}
          </button>
        </p>
      )}
    </div>
  )
}
