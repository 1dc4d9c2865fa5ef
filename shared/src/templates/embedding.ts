import type { StageDefinition } from './StageDefinition.ts'

/** Embedding: the stage with no end, where what we learned becomes how things are done. */
export const embedding: StageDefinition<'embedding'> = {
  id: 'embedding',
  pictureId: '1F333',
  steps: [
    { id: 'what-we-learned', pictureId: '1F4D6' },
    { id: 'who-needs-to-know', pictureId: '1F4E3' },
    { id: 'what-will-change', pictureId: '1F6E0' },
    { id: 'keep-going', pictureId: '1F501' },
    { id: 'you-said-we-did', pictureId: '2705' },
  ],
}
