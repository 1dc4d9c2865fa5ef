import type { StageDefinition } from './StageDefinition.ts'

/** Experimentation: small tries, not a grand plan. */
export const experimentation: StageDefinition<'experimentation'> = {
  id: 'experimentation',
  title: 'Experimentation',
  description: 'Try small changes, see what happens, and learn from it.',
  picture: { id: '1F331', name: 'Seedling' },
  guidance: 'Risk small, fail early, learn quickly.',
  steps: [
    {
      id: 'ideas',
      title: 'What might happen if we just tried…?',
      prompt: 'What could we do a bit differently? Share your ideas.',
      picture: { id: '1F4A1', name: 'Light bulb' },
    },
    {
      id: 'small-tries',
      title: 'Our small tries',
      prompt: 'For each try: what we will try, who, by when, and how we will know it worked.',
      picture: { id: '1F463', name: 'Footprints' },
      // A card to copy: the four things every small try needs.
      starterNotes: ["We'll try:\nWho:\nBy when:\nWe'll know it worked when:"],
    },
    {
      id: 'learned',
      title: 'What happened and what we learned',
      prompt: 'What happened when we tried? What did we learn?',
      picture: { id: '1F4DD', name: 'Memo' },
    },
  ],
}
