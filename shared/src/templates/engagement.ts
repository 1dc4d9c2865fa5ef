import type { StageDefinition } from './StageDefinition.ts'

/** Engagement: getting to know each other and agreeing how the group works. */
export const engagement: StageDefinition<'engagement'> = {
  id: 'engagement',
  pictureId: '1F91D',
  steps: [
    { id: 'welcome', pictureId: '1F44B' },
    {
      id: 'how-we-work',
      pictureId: '1F4CB',
      // A start, not rules handed down: the group edits or removes any of them.
      starterNotes: ['everyoneGetsATurn', 'okToPass', 'staysHere'],
    },
    { id: 'hopes', pictureId: '1F31F' },
    { id: 'worries', pictureId: '1F327' },
  ],
}
