import { useState } from 'react'
import { boardPath } from '../app/route.ts'
import { text } from '../text.ts'
import { rememberedBoards } from './boardHistory.ts'

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** Boards this browser has made or opened, to reopen later. */
export function YourBoards({ onOpen }: { onOpen: (path: string) => void }) {
  const [boards] = useState(rememberedBoards)
  return (
    <section className="card" aria-labelledby="your-boards-heading">
      <h2 id="your-boards-heading">{text.home.yourBoardsHeading}</h2>
      {boards.length === 0 ? (
        <p>{text.home.noBoards}</p>
      ) : (
        <ul className="board-list">
          {boards.map((board) => {
            const path = boardPath(board.id, board.key)
            return (
              <li key={board.id}>
                <a
                  href={path}
                  className="board-link"
                  onClick={(event) => {
                    event.preventDefault()
                    onOpen(path)
                  }}
                >
                  <span className="board-link-title">{board.title}</span>
                  <span className="board-link-meta">
                    {text.roles[board.role]} · {text.home.lastOpened(dateFormat.format(board.lastOpenedAt))}
                  </span>
                </a>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
