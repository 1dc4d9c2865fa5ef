import { useCallback, useEffect, useState } from 'react'
import type { ParticipationRecord } from '@wesee/shared'
import { ApiRequestError } from '../api/apiClient.ts'
import { useBoardSession } from '../facilitation/BoardSession.ts'
import { text } from '../text.ts'
import { downloadFile } from './downloadFile.ts'
import { apiFile, apiJson, boardApiPath } from './revisitApi.ts'
import { formatWhen } from '../i18n/dates.ts'

/**
 * The facilitator's record of who took part and for how long, to support
 * paying people for their time. The server refuses it to any other key.
 */
export function ParticipationPanel() {
  const { boardId, boardKey, title } = useBoardSession()
  const [record, setRecord] = useState<ParticipationRecord | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  const load = useCallback(async () => {
    setProblem(null)
    try {
      setRecord(
        await apiJson<ParticipationRecord>(boardApiPath(boardId, '/participation?format=json'), {
          key: boardKey,
        }),
      )
    } catch (error) {
      setProblem(error instanceof ApiRequestError ? error.message : text.errors.generic)
    }
  }, [boardId, boardKey])

  useEffect(() => {
    void load()
  }, [load])

  async function download(rest = '/participation?format=csv', name = `${title} - who took part.csv`) {
    setProblem(null)
    try {
      const file = await apiFile(boardApiPath(boardId, rest), boardKey, name)
      downloadFile(file.blob, file.name)
    } catch (error) {
      setProblem(error instanceof ApiRequestError ? error.message : text.errors.generic)
    }
  }

  /** The printable page opens in a new tab from a blob: the key stays out of the address. */
  async function openPaymentPage() {
    setProblem(null)
    const opened = window.open('', '_blank')
    try {
      const file = await apiFile(
        boardApiPath(boardId, '/payments?format=html'),
        boardKey,
        `${title} - payment record.html`,
      )
      const address = URL.createObjectURL(file.blob)
      if (opened) opened.location.href = address
      else downloadFile(file.blob, file.name)
    } catch (error) {
      opened?.close()
      setProblem(error instanceof ApiRequestError ? error.message : text.errors.generic)
    }
  }

  return (
    <section className="participation" aria-labelledby="participation-heading">
      <h3 id="participation-heading">{text.participation.heading}</h3>
      <p className="hint">{text.participation.intro}</p>
      {problem && (
        <p className="message message-problem" role="alert">
          {problem}
        </p>
      )}
      {!record && !problem && <p>{text.participation.loading}</p>}
      {record && (
        <div className="table-scroll">
          <table className="data-table" data-testid="participation-table">
            <caption className="visually-hidden">{text.participation.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{text.participation.person}</th>
                <th scope="col">{text.participation.firstJoined}</th>
                <th scope="col">{text.participation.sessions}</th>
                <th scope="col">{text.participation.minutes}</th>
                <th scope="col">{text.participation.notes}</th>
                <th scope="col">{text.participation.votes}</th>
              </tr>
            </thead>
            <tbody>
              {record.people.map((person) => (
                <tr key={person.participantId}>
                  <th scope="row">
                    <bdi>{person.name}</bdi>
                    {person.sessions.some((s) => s.ongoing) && (
                      <span className="hint"> {text.participation.hereNow}</span>
                    )}
                  </th>
                  <td>{formatWhen(new Date(person.firstJoined))}</td>
                  <td>{person.sessions.length}</td>
                  <td>{person.totalMinutes}</td>
                  <td>{person.notes}</td>
                  <td>{person.votes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {record && <p className="hint">{text.participation.gapNote(record.sessionGapMinutes)}</p>}
      <p className="hint">{text.participation.paymentHint}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void download()}>
          {text.participation.download}
        </button>
        <button type="button" className="button" onClick={() => void load()}>
          {text.participation.refresh}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void download('/payments?format=csv', `${title} - payment record.csv`)}
        >
          {text.participation.paymentCsv}
        </button>
        <button type="button" className="button" onClick={() => void openPaymentPage()}>
          {text.participation.paymentPage}
        </button>
      </div>
    </section>
  )
}
