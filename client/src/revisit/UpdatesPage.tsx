import { useEffect, useState } from 'react'
import { pictureUrl, type YouSaidPage } from '@wesee/shared'
import { ApiRequestError } from '../api/apiClient.ts'
import { Loading, Problem } from '../board/PageStates.tsx'
import { text } from '../text.ts'
import { apiJson, boardApiPath } from './revisitApi.ts'
import './updates.css'

const pictures = {
  said: { id: '1F4AC', name: 'A speech bubble' },
  'we-did': { id: '2705', name: 'A tick' },
  'working-on-it': { id: '1F6A7', name: 'Work going on' },
  'not-yet': { id: '23F3', name: 'Waiting' },
  waiting: { id: '23F3', name: 'Waiting' },
} as const

/**
 * "You said, we did" for the people who took part, weeks later: each thing
 * people said and what happened since, with a picture beside every line.
 * Opened from the view-only link (`/b/<id>/updates#key=…`), so it can only be read.
 */
export function UpdatesPage({ boardId, boardKey }: { boardId: string; boardKey: string | null }) {
  const [page, setPage] = useState<YouSaidPage | null>(null)
  const [problem, setProblem] = useState<string | null>(boardKey ? null : text.status.wrongKey)
  useEffect(() => {
    if (!boardKey) return
    apiJson<YouSaidPage>(boardApiPath(boardId, '/updates'), { key: boardKey }).then(
      (found) => {
        setPage(found)
        document.title = `${text.youSaid.pageHeading}: ${found.title} · ${text.appName}`
      },
      (error: unknown) => setProblem(error instanceof ApiRequestError ? error.message : text.errors.generic),
    )
  }, [boardId, boardKey])
  if (problem) return <Problem message={problem} />
  if (!page) return <Loading message={text.youSaid.loading} />
  const line = (picture: { id: string; name: string }, words: string) => (
    <p className="update-line">
      <img src={pictureUrl(picture.id)} alt={picture.name} width={64} height={64} />
      <span dir="auto">{words}</span>
    </p>
  )
  return (
    <main className="updates-page" id="main">
      <h1>
        {text.youSaid.pageHeading}: {page.title}
      </h1>
      {page.organisation && <p className="updates-organisation">{page.organisation}</p>}
      <p>{text.youSaid.pageIntro}</p>
      {page.entries.length === 0 ? (
        <p>{text.youSaid.nothing}</p>
      ) : (
        <ul className="updates-list" data-testid="updates-list">
          {page.entries.map((entry) => (
            <li key={entry.shapeId}>
              {line(
                pictures.said,
                `${text.youSaid.said} ${entry.said}${entry.author ? ` (${text.youSaid.by(entry.author)})` : ''}`,
              )}
              {entry.update
                ? line(
                    pictures[entry.update.status],
                    `${text.youSaid.shown[entry.update.status](entry.update.words)}${entry.update.date ? ` ${text.youSaid.on(entry.update.date)}` : ''}`,
                  )
                : line(pictures.waiting, text.youSaid.waiting)}
            </li>
          ))}
        </ul>
      )}
    </main>
  )
}
