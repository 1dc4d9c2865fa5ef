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
  return (
    <Sheet
      title={text.story.heading}
      onClose={onClose}
      testId="story-sheet"
      tall
      readOnly
      footer={
        <div className="story-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => {
              onClose()
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
