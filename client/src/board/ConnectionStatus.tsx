import { text } from '../text.ts'
import { describeConnection, type ConnectionState } from './connectionState.ts'

/**
 * The connection pill. Words and a shape, never colour alone, and a polite
 * live region so screen readers hear when the connection drops or returns.
 */
export function ConnectionStatus({ state, viewOnly }: { state: ConnectionState; viewOnly: boolean }) {
  const words = describeConnection(state)
  // A reason the server gave while we try again (e.g. the board is full) shows like a problem.
  const explained = state.kind === 'reconnecting' && state.code !== undefined
  return (
    <div className="status-bar">
      <p
        className={`status-pill status-${state.kind}${explained ? ' status-explained' : ''}`}
        role="status"
        aria-live="polite"
        data-testid="connection-status"
      >
        <span className="status-icon" aria-hidden="true">
          {state.kind === 'connected' ? '●' : state.kind === 'refused' ? '■' : '◌'}
        </span>
        {words}
      </p>
      {viewOnly && (
        <p className="status-pill status-view-only" data-testid="view-only">
          <span className="status-icon" aria-hidden="true">
            👁
          </span>
          {text.status.viewOnly}
        </p>
      )}
    </div>
  )
}
