import { useEffect, useState } from 'react'
import type { BoardStory, ControlSnapshot } from '@wesee/shared'
import { getStory } from '../../api/apiClient.ts'
import { useText } from '../../i18n/wordsInLanguage.tsx'
import { StoryView } from './StoryView.tsx'
import './story.css'

/** "Last time we…" over the board on the projector, while the facilitator shows it. */
export function StoryOnProjector({
  boardId,
  boardKey,
  control,
}: {
  boardId: string
  boardKey: string
  control: ControlSnapshot | null
}) {
  const text = useText()
  const shownAt = control?.storyOnScreen?.shownAt ?? null
  const [story, setStory] = useState<BoardStory | null>(null)
  useEffect(() => {
    setStory(null)
    if (shownAt === null) return
    let cancelled = false
    getStory(boardId, boardKey).then(
      (found) => {
        if (!cancelled) setStory(found)
      },
      () => {},
    )
    return () => {
      cancelled = true
    }
  }, [boardId, boardKey, shownAt])
  if (shownAt === null || !story) return null
  return (
    <section
      className="projector-story"
      aria-labelledby="projector-story-heading"
      data-testid="projector-story"
    >
      <h2 id="projector-story-heading">{text.story.lastTime}</h2>
      <StoryView story={story} large />
    </section>
  )
}
