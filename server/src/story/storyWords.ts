import { readableTime, summaryWords } from '../summary/summaryWords.ts'

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

/** Every word "The story so far" page uses, in one place (plain words, ready for translation). */
export const storyWords = {
  heading: (title: string) => `The story so far: ${title}`,
  made: (when: string) => `Made on ${when}.`,
  stepsHeading: 'What we have done',
  noStepsYet: 'We have not started the steps yet.',
  now: 'We are here now.',
  notes: (n: number) => plural(n, 'note', 'notes'),
  agreementsHeading: 'Our agreements',
  votesHeading: 'What we chose',
  aVote: 'Our vote',
  voteSummary: (voters: number, total: number) =>
    `${plural(voters, 'person', 'people')} voted, ${plural(total, 'vote', 'votes')} in all.`,
  votes: (n: number) => plural(n, 'vote', 'votes'),
  smallTriesHeading: 'Our small tries',
  who: 'Who',
  byWhen: 'By when',
  notSaid: 'not said yet',
  youSaidHeading: 'You said, we did',
  forLater: (n: number) =>
    n === 0 ? 'Nothing is waiting for later.' : `${plural(n, 'note is', 'notes are')} waiting for later.`,
  sinceHeading: (when: string) => `New since ${when}`,
  newNotes: (n: number) => `${plural(n, 'new note', 'new notes')}`,
  newVote: (title: string) => (title ? `Results shown: ${title}` : 'Vote results shown'),
  nothingNew: 'Nothing new since then.',
  thanksHeading: summaryWords.thanksHeading,
  thanks: summaryWords.thanks,
  creditNote: summaryWords.creditNote,
  by: summaryWords.by,
  readableTime,
} as const
