import { boardT, type BoardLanguage } from '@wesee/shared'
import { summaryWordsIn } from '../summary/summaryWords.ts'

/** Every word "The story so far" page uses, in the board's language, from the `board` catalogue. */
export function storyWordsIn(language: BoardLanguage) {
  const t = boardT(language)
  const summary = summaryWordsIn(language)
  return {
    heading: (title: string) => t('story.heading', { title }),
    made: (when: string) => t('story.made', { when }),
    stepsHeading: t('story.stepsHeading'),
    noStepsYet: t('story.noStepsYet'),
    now: t('story.now'),
    notes: (count: number) => t('common.notes', { count }),
    agreementsHeading: t('story.agreementsHeading'),
    votesHeading: t('story.votesHeading'),
    aVote: t('story.aVote'),
    voteSummary: summary.voteSummary,
    votes: summary.votes,
    smallTriesHeading: t('story.smallTriesHeading'),
    who: t('story.who'),
    byWhen: t('story.byWhen'),
    notSaid: t('story.notSaid'),
    youSaidHeading: t('story.youSaidHeading'),
    forLater: (count: number) => t('story.forLater', { count }),
    sinceHeading: (when: string) => t('story.sinceHeading', { when }),
    newNotes: (count: number) => t('story.newNotes', { count }),
    newVote: (title: string) => (title ? t('story.newVote', { title }) : t('story.newVoteUntitled')),
    nothingNew: t('story.nothingNew'),
    thanksHeading: summary.thanksHeading,
    thanks: summary.thanks,
    creditNote: summary.creditNote,
    by: summary.by,
    readableTime: summary.readableTime,
  }
}
