import type { StageDefinition } from './StageDefinition.ts'

/** Exploration: "What do I see? What do you see? Now what do we see?" */
export const exploration: StageDefinition<'exploration'> = {
  id: 'exploration',
  title: 'Exploration',
  description: "See the issue through each other's eyes: what I see, what you see, and what we see now.",
  picture: { id: '1F440', name: 'Eyes' },
  steps: [
    {
      id: 'i-see',
      title: 'What do I see?',
      prompt: 'On your own: what do you see? Write it, or add a picture.',
      picture: { id: '1F441', name: 'Eye' },
    },
    {
      id: 'you-see',
      title: 'What do you see?',
      prompt: "Look at everyone's notes side by side. What do other people see?",
      picture: { id: '1F465', name: 'Two people' },
    },
    {
      id: 'we-see',
      title: 'What do we see now?',
      prompt: 'Put notes that go together in groups. Then vote for what matters most.',
      picture: { id: '1FAC2', name: 'People hugging' },
    },
  ],
}
