import { boardT, dateTimeFormat, intlLocale, listOfNames, type BoardLanguage } from '@wesee/shared'

/**
 * Every word the summary documents use, in the board's language, from the
 * `board` catalogue (shared/src/i18n/locales/<language>/board.json). People's
 * own words are never translated.
 */
export function summaryWordsIn(language: BoardLanguage) {
  const t = boardT(language)
  const names = (list: readonly string[]) => listOfNames(language, list)
  return {
    language,
    heading: (title: string) => t('summary.heading', { title }),
    made: (when: string) => t('summary.made', { when }),
    meetingsHeading: (zone: string) => t('summary.meetingsHeading', { zone }),
    meetingColumns: [
      t('summary.meetingColumns.date'),
      t('summary.meetingColumns.time'),
      t('summary.meetingColumns.people'),
    ],
    people: (count: number) => t('common.people', { count }),
    thanksHeading: t('common.thanksHeading'),
    thanks: (credited: readonly string[], others: number) => {
      if (credited.length === 0)
        return others > 0
          ? t('common.thanksEveryoneAndOthers', { count: others })
          : t('common.thanksEveryone')
      return others > 0
        ? t('common.thanksNamedAndOthers', { names: names(credited), count: others })
        : t('common.thanksNamed', { names: names(credited) })
    },
    creditNote: t('common.creditNote'),
    prompt: t('summary.prompt'),
    picturesLabel: t('summary.picturesLabel'),
    by: (name: string) => t('common.by', { name }),
    votes: (count: number) => t('common.votes', { count }),
    voteHeading: (title: string) =>
      title ? t('summary.voteHeading', { title }) : t('summary.voteHeadingUntitled'),
    voteSummary: (voters: number, total: number) =>
      t('common.voteSummary', {
        people: t('common.people', { count: voters }),
        votes: t('common.votes', { count: total }),
      }),
    votedBy: (named: readonly string[], others: number) =>
      t('summary.votedBy', {
        names: names([...named, ...(others > 0 ? [t('common.more', { count: others })] : [])]),
      }),
    otherVotesHeading: t('summary.otherVotesHeading'),
    noVoteResults: t('summary.noVoteResults'),
    smallTriesNote: t('summary.smallTriesNote'),
    youSaidNote: t('summary.youSaidNote'),
    forLaterHeading: t('summary.forLaterHeading'),
    forLaterNote: t('summary.forLaterNote'),
    otherFramesHeading: t('summary.otherFramesHeading'),
    elsewhere: t('summary.elsewhere'),
    aPartOfTheBoard: t('common.aPartOfTheBoard'),
    csvHeader: (['frame', 'text', 'author', 'votes', 'created'] as const).map((column) =>
      t(`summary.csvHeader.${column}`),
    ),
    anonymous: t('common.anonymous'),
    update: (status: 'we-did' | 'working-on-it' | 'not-yet', words: string) =>
      t(`summary.update.${status}`, { words }),
    updatedOn: (day: string) => t('summary.updatedOn', { day }),
    /** A time as people read it, in UTC (the server cannot know the reader's time zone). */
    readableTime: (ms: number) =>
      t('common.timeInUtc', {
        time: dateTimeFormat(intlLocale(language), {
          dateStyle: 'long',
          timeStyle: 'short',
          timeZone: 'UTC',
        }).format(new Date(ms)),
      }),
  }
}

export type SummaryWords = ReturnType<typeof summaryWordsIn>
