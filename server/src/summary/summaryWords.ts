/** Every word the summary documents use, in one place (plain words, ready for translation). */
export const summaryWords = {
  heading: (title: string) => `What we did together: ${title}`,
  made: (when: string) => `Summary made on ${when}.`,
  meetingsHeading: (zone: string) => `When we met (${zone} time)`,
  meetingColumns: ['Date', 'Time', 'Who took part'],
  people: (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`,
  thanksHeading: 'Thank you',
  thanks: (names: string[], others: number) => {
    const named = names.length > 0 ? `Thank you to ${joinNames(names)}` : 'Thank you to everyone'
    if (names.length === 0)
      return others > 0
        ? `${named} who took part (${others} ${others === 1 ? 'person' : 'people'}).`
        : `${named}.`
    return others > 0
      ? `${named}, and ${others} more ${others === 1 ? 'person' : 'people'} who took part.`
      : `${named}.`
  },
  creditNote: 'People are named here only if they agreed to be credited.',
  prompt: 'We asked:',
  picturesLabel: 'Pictures',
  by: (name: string) => `by ${name}`,
  votes: (n: number) => `${n} ${n === 1 ? 'vote' : 'votes'}`,
  voteHeading: (title: string) => (title ? `Vote results: ${title}` : 'Vote results'),
  voteSummary: (voters: number, total: number) =>
    `${voters} ${voters === 1 ? 'person' : 'people'} voted, ${total} ${total === 1 ? 'vote' : 'votes'} in all.`,
  votedBy: (names: string[], others: number) =>
    `Voted for by ${joinNames([...names, ...(others > 0 ? [`${others} more`] : [])])}`,
  otherVotesHeading: 'Other votes',
  noVoteResults: 'No vote results have been shown yet. Results appear here once the facilitator shows them.',
  smallTriesNote: 'Each small try: what we will try, who, by when, and how we will know it worked.',
  youSaidNote: 'What happened because of what people said.',
  forLaterHeading: 'For later',
  forLaterNote: 'Things we put aside to come back to.',
  otherFramesHeading: 'Other parts of the board',
  elsewhere: 'Elsewhere on the board',
  csvHeader: ['Frame', 'Text', 'Author', 'Votes', 'Created'],
  anonymous: 'anonymous',
  update: (status: 'we-did' | 'working-on-it' | 'not-yet', words: string) =>
    ({
      'we-did': `We did: ${words}`,
      'working-on-it': `We are working on it: ${words}`,
      'not-yet': `Not yet, because: ${words}`,
    })[status],
  updatedOn: (day: string) => `(${day})`,
} as const

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'UTC',
})

/** A time as people read it, in UTC (the server cannot know the reader's time zone). */
export function readableTime(ms: number): string {
  return `${dateFormat.format(new Date(ms))} UTC`
}
