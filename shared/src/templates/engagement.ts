import type { StageDefinition } from './StageDefinition.ts'

/** Engagement: getting to know each other and agreeing how the group works. */
export const engagement: StageDefinition<'engagement'> = {
  id: 'engagement',
  title: 'Engagement',
  description: 'Get to know each other and agree how we will work together.',
  picture: { id: '1F91D', name: 'Handshake' },
  steps: [
    {
      id: 'welcome',
      title: 'Welcome',
      prompt: 'Who is here? Add a card with your name or your picture.',
      picture: { id: '1F44B', name: 'Waving hand' },
    },
    {
      id: 'how-we-work',
      title: 'How we work together',
      prompt: 'Our agreements. Change them, take them away, or add your own.',
      picture: { id: '1F4CB', name: 'Clipboard' },
      // A start, not rules handed down: the group edits or removes any of them.
      starterNotes: ['Everyone gets a turn', "It's OK to pass", "What's said here stays here"],
    },
    {
      id: 'hopes',
      title: 'Hopes',
      prompt: 'What do you hope will happen?',
      picture: { id: '1F31F', name: 'Glowing star' },
    },
    {
      id: 'worries',
      title: 'Worries',
      prompt: 'What worries you? It is OK to say, and it is OK to pass.',
      picture: { id: '1F327', name: 'Cloud with rain' },
    },
  ],
}
