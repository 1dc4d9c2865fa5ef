import { BoardsOverview } from '../revisit/BoardsOverview.tsx'
import { text } from '../text.ts'

/** Boards this browser has made or opened, to reopen, look after, or bring in from a backup. */
export function YourBoards({ onOpen }: { onOpen: (path: string) => void }) {
  return (
    <section className="card" aria-labelledby="your-boards-heading">
      <h2 id="your-boards-heading">{text.home.yourBoardsHeading}</h2>
      <BoardsOverview onOpen={onOpen} />
    </section>
  )
}
