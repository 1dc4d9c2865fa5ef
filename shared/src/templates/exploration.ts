import type { StageDefinition } from './StageDefinition.ts'

/** Exploration: "What do I see? What do you see? Now what do we see?" */
export const exploration: StageDefinition<'exploration'> = {
  id: 'exploration',
  pictureId: '1F440',
  steps: [
    { id: 'i-see', pictureId: '1F441' },
    { id: 'you-see', pictureId: '1F465' },
    { id: 'we-see', pictureId: '1FAC2' },
  ],
}
