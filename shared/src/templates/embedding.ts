import type { StageDefinition } from './StageDefinition.ts'

/** Embedding: the stage with no end, where what we learned becomes how things are done. */
export const embedding: StageDefinition<'embedding'> = {
  id: 'embedding',
  title: 'Embedding',
  description: 'Make what we learned part of how things are done, and keep it going.',
  picture: { id: '1F333', name: 'Tree' },
  steps: [
    {
      id: 'what-we-learned',
      title: 'What we learned',
      prompt: 'What have we learned together?',
      picture: { id: '1F4D6', name: 'Open book' },
    },
    {
      id: 'who-needs-to-know',
      title: 'Who needs to know',
      prompt: 'Who needs to hear what we learned?',
      picture: { id: '1F4E3', name: 'Megaphone' },
    },
    {
      id: 'what-will-change',
      title: 'What will change',
      prompt: 'What will be done differently because of this?',
      picture: { id: '1F6E0', name: 'Hammer and spanner' },
    },
    {
      id: 'keep-going',
      title: 'How we keep it going',
      prompt: 'How do we keep this going, and check it is still working?',
      picture: { id: '1F501', name: 'Going round again' },
    },
    {
      id: 'you-said-we-did',
      title: 'You said, we did',
      prompt: 'What happened because of what people shared?',
      picture: { id: '2705', name: 'Tick' },
    },
  ],
}
