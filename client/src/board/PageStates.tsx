import { text } from '../text.ts'

/** A calm "please wait" that screen readers hear. */
export function Loading({ message }: { message: string }) {
  return (
    <div className="centered" role="status" aria-live="polite">
      <p>{message}</p>
    </div>
  )
}

/** A problem in plain words, with a way back. */
export function Problem({ message }: { message: string }) {
  return (
    <main className="home" id="main">
      <h1>{text.appName}</h1>
      <p className="message message-problem" role="alert">
        {message}
      </p>
      <a className="button" href="/">
        {text.board.backHome}
      </a>
    </main>
  )
}
