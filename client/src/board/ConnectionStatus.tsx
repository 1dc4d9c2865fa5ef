import { useText } from '../i18n/wordsInLanguage.tsx'
import { describeConnection, type ConnectionState } from './connectionState.ts'
import { Icon } from '../icons/Icon.tsx'

/**
 * The connection pill. Words and a shape, never colour alone, and a polite
 * live region so screen readers hear when the connection drops or returns.
 */
export function ConnectionStatus({ state, viewOnly }: { state: ConnectionState; viewOnly: boolean }) {
  const text = useText()
  const words = describeConnection(state, text)
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
        <Icon
          name={state.kind === 'connected' ? 'dot' : state.kind === 'refused' ? 'stopped' : 'waiting'}
          className="status-icon"
        />
        {words}
      </p>
      {viewOnly && (
        <p className="status-pill status-view-only" data-testid="view-only">
          <Icon name="eye" className="status-icon" />
          {text.status.viewOnly}
        </p>
      )}
    </div>
  )
}
