import { escapeMarkdown as md } from './escapeText.ts'
import type { SummaryModel, SummaryNote, SummarySection, SummaryVote } from './SummaryModel.ts'
import { summaryWordsIn, type SummaryWords } from './summaryWords.ts'

/** The summary as Markdown. Every word from the board is escaped, so it reads as written. */
export function renderSummaryMarkdown(summary: SummaryModel): string {
  const words = summaryWordsIn(summary.language)
  const lines: string[] = [
    `# ${md(words.heading(summary.title))}`,
    '',
    ...(summary.cover.organisation ? [`**${md(summary.cover.organisation)}**`, ''] : []),
    ...(summary.cover.meetings.length > 0
      ? [
          `### ${md(words.meetingsHeading(summary.cover.timeZone))}`,
          '',
          ...summary.cover.meetings.map(
            (meeting) =>
              `- ${md(meeting.date)}, ${md(meeting.from)}–${md(meeting.to)}: ${md(words.people(meeting.people))}`,
          ),
          '',
        ]
      : []),
    md(words.made(`${summary.cover.made} (${summary.cover.timeZone})`)),
    '',
    `## ${md(words.thanksHeading)}`,
    '',
    md(words.thanks(summary.credited, summary.othersCount)),
    '',
    `_${md(words.creditNote)}_`,
    '',
  ]
  for (const stage of summary.stages) {
    lines.push(`## ${md(stage.title)}`, '')
    if (stage.guidance) lines.push(`_${md(stage.guidance)}_`, '')
    for (const section of stage.sections) lines.push(...renderSection(words, section))
  }
  if (summary.forLater) lines.push(...renderSection(words, summary.forLater, '##'))
  if (summary.otherSections.length > 0) {
    lines.push(`## ${md(words.otherFramesHeading)}`, '')
    for (const section of summary.otherSections) lines.push(...renderSection(words, section))
  }
  if (summary.otherVotes.length > 0) {
    lines.push(`## ${md(words.otherVotesHeading)}`, '')
    for (const vote of summary.otherVotes) lines.push(...renderVote(words, vote))
  } else if (
    !summary.stages.some((s) => s.sections.some((section) => section.votes.length > 0)) &&
    !summary.forLater?.votes.length
  ) {
    lines.push(md(words.noVoteResults), '')
  }
  return lines.join('\n')
}

function renderSection(
  words: SummaryWords,
  section: SummarySection,
  heading: '##' | '###' = '###',
): string[] {
  const title =
    section.kind === 'elsewhere'
      ? words.elsewhere
      : section.kind === 'for-later'
        ? words.forLaterHeading
        : section.title
  const lines = [`${heading} ${md(title)}`, '']
  if (section.prompt) lines.push(`${md(words.prompt)} ${md(section.prompt)}`, '')
  if (section.kind === 'small-tries') lines.push(`_${md(words.smallTriesNote)}_`, '')
  if (section.kind === 'you-said-we-did') lines.push(`_${md(words.youSaidNote)}_`, '')
  if (section.kind === 'for-later') lines.push(`_${md(words.forLaterNote)}_`, '')
  if (section.notes.length > 0) lines.push(...section.notes.map((note) => renderNote(words, note)), '')
  if (section.pictures.length > 0)
    lines.push(`${md(words.picturesLabel)}: ${section.pictures.map(md).join(', ')}`, '')
  for (const vote of section.votes) lines.push(...renderVote(words, vote, heading === '##' ? '###' : '####'))
  return lines
}

function renderNote(words: SummaryWords, note: SummaryNote): string {
  const meta = [
    note.pictures.length > 0 ? `${words.picturesLabel}: ${note.pictures.join(', ')}` : null,
    note.author ? words.by(note.author) : null,
    note.votes !== null ? words.votes(note.votes) : null,
  ].filter((part): part is string => part !== null)
  // Continuation lines are indented so a note with several lines stays one list item.
  const text = note.text.split('\n').map(md).join('  \n  ')
  const update = note.update
    ? `  \n  **${md(words.update(note.update.status, note.update.words))}**${note.update.date ? ` ${md(words.updatedOn(note.update.date))}` : ''}`
    : ''
  return `- ${text}${meta.length > 0 ? ` (${md(meta.join(' · '))})` : ''}${update}`
}

function renderVote(words: SummaryWords, vote: SummaryVote, heading: '###' | '####' = '####'): string[] {
  return [
    `${heading} ${md(words.voteHeading(vote.title))}`,
    '',
    md(words.voteSummary(vote.voterCount, vote.totalVotes)),
    '',
    ...vote.results.map((result, i) => {
      const voters =
        result.voters.length > 0 ? ` (${md(words.votedBy(result.voters, result.otherVoters))})` : ''
      return `${i + 1}. ${md(result.text)} — ${md(words.votes(result.votes))}${voters}`
    }),
    '',
  ]
}
