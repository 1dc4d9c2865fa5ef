import type { StageDefinition } from './StageDefinition.ts'

/** Experimentation: small tries, not a grand plan. */
export const experimentation: StageDefinition<'experimentation'> = {
  id: 'experimentation',
  pictureId: '1F331',
  hasGuidance: true,
  steps: [
    { id: 'ideas', pictureId: '1F4A1' },
    {
      id: 'small-tries',
      pictureId: '1F463',
      // A card to copy: the four things every small try needs.
      card: ['try', 'who', 'byWhen', 'worked'],
    },
    { id: 'learned', pictureId: '1F4DD' },
  ],
}
