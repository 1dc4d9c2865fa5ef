import { escapeHtml } from './escapeText.ts'
import type { SummaryModel, SummaryNote, SummarySection, SummaryVote } from './SummaryModel.ts'
import { readableTime, summaryWords as words } from './summaryWords.ts'

const style = `
body { font-family: system-ui, sans-serif; font-size: 18px; line-height: 1.5; color: #1b1b1f; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 2rem; } h2 { font-size: 1.5rem; margin-top: 2rem; border-bottom: 2px solid #d9d6cf; } h3 { font-size: 1.25rem; margin-top: 1.5rem; }
.prompt { color: #4a4a55; } .note { margin: 0.4rem 0; } .note-text { white-space: pre-wrap; } .meta { color: #4a4a55; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 1rem; margin: 0; } dt { font-weight: 600; }
@media print { body { margin: 0; max-width: none; } h2, h3 { break-after: avoid; } li { break-inside: avoid; } }
`

/** The summary as a printable web page. Every word from the board is escaped. */
export function renderSummaryHtml(summary: SummaryModel): string {
  const e = escapeHtml
  const parts: string[] = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(words.heading(summary.title))}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${e(words.heading(summary.title))}</h1>`,
    `<p class="meta">${e(words.made(readableTime(summary.generatedAt)))}</p>`,
    `<section aria-labelledby="thanks"><h2 id="thanks">${e(words.thanksHeading)}</h2>`,
    `<p data-credits>${e(words.thanks(summary.credited, summary.othersCount))}</p>`,
    `<p class="meta">${e(words.creditNote)}</p></section>`,
  ]
  for (const stage of summary.stages) {
    parts.push(`<section><h2>${e(stage.title)}</h2>`)
    if (stage.guidance) parts.push(`<p class="prompt"><em>${e(stage.guidance)}</em></p>`)
    for (const section of stage.sections) parts.push(renderSection(section, 'h3'))
    parts.push('</section>')
  }
  if (summary.forLater) parts.push(renderSection(summary.forLater, 'h2'))
  if (summary.otherSections.length > 0) {
    parts.push(`<section><h2>${e(words.otherFramesHeading)}</h2>`)
    for (const section of summary.otherSections) parts.push(renderSection(section, 'h3'))
    parts.push('</section>')
  }
  parts.push(`<section data-vote-results><h2>${e(words.otherVotesHeading)}</h2>`)
  if (summary.otherVotes.length > 0) for (const vote of summary.otherVotes) parts.push(renderVote(vote, 'h3'))
  else if (!anyVotes(summary)) parts.push(`<p class="meta">${e(words.noVoteResults)}</p>`)
  parts.push('</section>', '</main>', '</body>', '</html>', '')
  return parts.join('\n')
}

function anyVotes(summary: SummaryModel): boolean {
  const sections = [
    ...summary.stages.flatMap((stage) => stage.sections),
    ...(summary.forLater ? [summary.forLater] : []),
    ...summary.otherSections,
  ]
  return sections.some((section) => section.votes.length > 0)
}

function renderSection(section: SummarySection, heading: 'h2' | 'h3'): string {
  const e = escapeHtml
  const title =
    section.kind === 'elsewhere'
      ? words.elsewhere
      : section.kind === 'for-later'
        ? words.forLaterHeading
        : section.title
  const parts = [`<section data-frame="${e(section.frameId ?? '')}"><${heading}>${e(title)}</${heading}>`]
  if (section.prompt) parts.push(`<p class="prompt">${e(words.prompt)} ${e(section.prompt)}</p>`)
  if (section.kind === 'small-tries') parts.push(`<p class="meta">${e(words.smallTriesNote)}</p>`)
  if (section.kind === 'you-said-we-did') parts.push(`<p class="meta">${e(words.youSaidNote)}</p>`)
  if (section.kind === 'for-later') parts.push(`<p class="meta">${e(words.forLaterNote)}</p>`)
  if (section.notes.length === 0) parts.push(`<p class="meta">${e(words.noNotes)}</p>`)
  else parts.push(`<ul>${section.notes.map(renderNote).join('')}</ul>`)
  if (section.pictures.length > 0) {
    parts.push(`<p>${e(words.picturesLabel)}: ${section.pictures.map(e).join(', ')}</p>`)
  }
  for (const vote of section.votes) parts.push(renderVote(vote, heading === 'h2' ? 'h3' : 'h4'))
  parts.push('</section>')
  return parts.join('\n')
}

function renderNote(note: SummaryNote): string {
  const e = escapeHtml
  const body =
    note.fields.length > 0
      ? `<dl>${note.fields.map((f) => `<dt>${e(f.label)}</dt><dd>${e(f.value) || '&nbsp;'}</dd>`).join('')}</dl>`
      : `<span class="note-text">${e(note.text)}</span>`
  const meta = [
    note.pictures.length > 0 ? `${words.picturesLabel}: ${note.pictures.join(', ')}` : null,
    note.author ? words.by(note.author) : null,
    note.votes !== null ? words.votes(note.votes) : null,
  ].filter((part): part is string => part !== null)
  return `<li class="note">${body}${meta.length > 0 ? ` <span class="meta">(${e(meta.join(' · '))})</span>` : ''}</li>`
}

function renderVote(vote: SummaryVote, heading: 'h3' | 'h4'): string {
  const e = escapeHtml
  const items = vote.results.map((result) => {
    const voters =
      result.voters.length > 0
        ? ` <span class="meta">${e(words.votedBy(result.voters, result.otherVoters))}</span>`
        : ''
    return `<li>${e(result.text)} — ${e(words.votes(result.votes))}${voters}</li>`
  })
  return [
    `<${heading}>${e(words.voteHeading(vote.title))}</${heading}>`,
    `<p class="meta">${e(words.voteSummary(vote.voterCount, vote.totalVotes))}</p>`,
    `<ol>${items.join('')}</ol>`,
  ].join('\n')
}
