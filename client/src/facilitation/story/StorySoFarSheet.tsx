import type { BoardStory } from '@wesee/shared'
import { canReadAloud, readAloud } from '../../a11y/readAloud.ts'
import { Sheet } from '../../layout/Sheet.tsx'
import { text } from '../../text.ts'
import { askBackToGroup } from '../following/backToGroupRequests.ts'
import { StoryView, storyWordsToRead } from './StoryView.tsx'
import './story.css'

/**
 * "The story so far", first thing for someone who arrives late or comes
 * back: what the group did, in pictures and short lines. Closing it skips
 * it; "Take me to where the group is" goes to the group's step.
 */
export function StorySoFarSheet({ story, onClose }: { story: BoardStory; onClose: () => void }) {
  const close = () => {
    onClose()
    // The story came first; after it, a person starts where the group is, as on arrival.
    requestAnimationFrame(() => {
      if (document.activeElement && document.activeElement !== document.body) return
      const title = document.getElementById('step-prompt-title')
      if (!title) return
      if (!title.hasAttribute('tabindex')) title.tabIndex = -1
      title.focus()
    })
  }
  return (
    <Sheet
      title={text.story.heading}
      onClose={close}
      testId="story-sheet"
      tall
      readOnly
      givesWay
      footer={
        <div className="story-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              close()
              askBackToGroup()
            }}
          >
            {text.story.takeMe}
          </button>
          {canReadAloud() && (
            <button type="button" className="button" onClick={() => readAloud(storyWordsToRead(story))}>
              {text.story.readAloud}
            </button>
          )}
        </div>
      }
    >
      <p>{story.since ? text.story.introSince : text.story.intro}</p>
      <StoryView story={story} />
    </Sheet>
  )
}
