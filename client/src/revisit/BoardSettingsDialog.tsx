import { useEffect, useId, useState, type FormEvent } from 'react'
import { currencies, type BoardSettings, type Currency } from '@wesee/shared'
import { ApiRequestError } from '../api/apiClient.ts'
import { Dialog } from '../facilitation/Dialog.tsx'
import { BoardLanguageSelect } from '../languages/BoardLanguageSelect.tsx'
import { useBoardSession } from '../facilitation/BoardSession.ts'
import { text } from '../text.ts'
import { getBoardSettings, moneyFrom, penceFrom, saveBoardSettings } from './boardSettingsApi.ts'

/** Time zones the browser knows, for the list (the board's own first, even if the list lacks it). */
function timeZones(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  return [...new Set([current, 'UTC', ...known])]
}

/** The facilitator's settings for giving back: organisation, time zone and pay. */
export function BoardSettingsDialog({ onClose }: { onClose: () => void }) {
  const { boardId, boardKey } = useBoardSession()
  const [settings, setSettings] = useState<BoardSettings | null>(null)
  const [pay, setPay] = useState('')
  const [minimum, setMinimum] = useState('')
  const [message, setMessage] = useState<{ kind: 'problem' | 'done'; words: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const ids = {
    organisation: useId(),
    zone: useId(),
    currency: useId(),
    pay: useId(),
    minimum: useId(),
    hint: useId(),
  }

  useEffect(() => {
    getBoardSettings(boardId, boardKey).then(
      (found) => {
        setSettings(found)
        setPay(moneyFrom(found.payPerHour))
        setMinimum(moneyFrom(found.minimumPerSession))
      },
      (error: unknown) =>
        setMessage({
          kind: 'problem',
          words: error instanceof ApiRequestError ? error.message : text.errors.generic,
        }),
    )
  }, [boardId, boardKey])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!settings) return
    const payPerHour = penceFrom(pay)
    const minimumPerSession = penceFrom(minimum)
    if (payPerHour === undefined || minimumPerSession === undefined) {
      setMessage({ kind: 'problem', words: text.boardSettings.notMoney })
      return
    }
    setBusy(true)
    try {
      setSettings(await saveBoardSettings(boardId, boardKey, { ...settings, payPerHour, minimumPerSession }))
      setMessage({ kind: 'done', words: text.boardSettings.saved })
    } catch (error) {
      setMessage({
        kind: 'problem',
        words: error instanceof ApiRequestError ? error.message : text.errors.generic,
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog title={text.boardSettings.heading} onClose={onClose} testId="board-settings">
      <p>{text.boardSettings.hint}</p>
      {settings && (
        <form onSubmit={(event) => void submit(event)} noValidate>
          <BoardLanguageSelect
            label={text.boardSettings.language}
            hint={text.boardSettings.languageHint}
            value={settings.language}
            onChange={(language) =>
              language &&
              setSettings({
                ...settings,
                language,
                // The projector never shows the same words twice.
                secondLanguage: settings.secondLanguage === language ? null : settings.secondLanguage,
              })
            }
          />
          <BoardLanguageSelect
            label={text.boardSettings.secondLanguage}
            none={text.boardSettings.noSecondLanguage}
            value={settings.secondLanguage}
            without={settings.language}
            onChange={(secondLanguage) => setSettings({ ...settings, secondLanguage })}
          />
          <div className="field">
            <label htmlFor={ids.organisation}>{text.boardSettings.organisation}</label>
            <input
              id={ids.organisation}
              type="text"
              maxLength={120}
              value={settings.organisation ?? ''}
              onChange={(event) => setSettings({ ...settings, organisation: event.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.zone}>{text.boardSettings.timeZone}</label>
            <select
              id={ids.zone}
              value={settings.timeZone}
              onChange={(event) => setSettings({ ...settings, timeZone: event.target.value })}
            >
              {timeZones(settings.timeZone).map((zone) => (
                <option key={zone} value={zone}>
                  {zone.replaceAll('_', ' ')}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.currency}>{text.boardSettings.currency}</label>
            <select
              id={ids.currency}
              value={settings.currency}
              onChange={(event) => setSettings({ ...settings, currency: event.target.value as Currency })}
            >
              {currencies.map((currency) => (
                <option key={currency} value={currency}>
                  {text.boardSettings.currencies[currency]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.pay}>{text.boardSettings.payPerHour}</label>
            <input
              id={ids.pay}
              type="text"
              inputMode="decimal"
              aria-describedby={ids.hint}
              value={pay}
              onChange={(event) => setPay(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={ids.minimum}>{text.boardSettings.minimum}</label>
            <input
              id={ids.minimum}
              type="text"
              inputMode="decimal"
              aria-describedby={ids.hint}
              value={minimum}
              onChange={(event) => setMinimum(event.target.value)}
            />
          </div>
          <p className="hint" id={ids.hint}>
            {text.boardSettings.moneyHint}
          </p>
          <div className="actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {text.boardSettings.save}
            </button>
          </div>
        </form>
      )}
      {message && (
        <p
          className={message.kind === 'problem' ? 'message message-problem' : 'message'}
          role={message.kind === 'problem' ? 'alert' : 'status'}
        >
          {message.words}
        </p>
      )}
    </Dialog>
  )
}
