import { escapeHtml } from './escapeText.ts'
import type { SummaryImage, SummaryModel, SummaryNote, SummarySection, SummaryVote } from './SummaryModel.ts'
import { htmlLanguage } from './htmlLanguage.ts'
import { summaryWordsIn, type SummaryWords } from './summaryWords.ts'

const style = `
body { font-family: system-ui, sans-serif; font-size: 18px; line-height: 1.5; color: #1b1b1f; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 2rem; } h2 { font-size: 1.5rem; margin-top: 2rem; border-bottom: 2px solid #d9d6cf; } h3 { font-size: 1.25rem; margin-top: 1.5rem; }
.cover { border-bottom: 4px solid #1b1b1f; padding-bottom: 1rem; } .cover table { border-collapse: collapse; } .cover td, .cover th { border: 1px solid #8a8a94; padding: 0.2rem 0.6rem; text-align: left; }
.pictures { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.3rem 0; } .pictures img { max-width: 12rem; max-height: 12rem; object-fit: contain; border: 1px solid #d9d6cf; border-radius: 6px; }
.prompt { color: #4a4a55; } .note { margin: 0.4rem 0; } .note-text { white-space: pre-wrap; } .meta { color: #4a4a55; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 1rem; margin: 0; } dt { font-weight: 600; }
@media print { body { margin: 0; max-width: none; } h2, h3 { break-after: avoid; } li { break-inside: avoid; } }
`

/** The summary as a printable web page. Every word from the board is escaped. */
export function renderSummaryHtml(summary: SummaryModel): string {
  const e = escapeHtml
  const words = summaryWordsIn(summary.language)
  const parts: string[] = [
    '<!doctype html>',
    `<html ${htmlLanguage(summary.language)}>`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(words.heading(summary.title))}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    '<main>',
    renderCover(summary, words),
    `<section aria-labelledby="thanks"><h2 id="thanks">${e(words.thanksHeading)}</h2>`,
    `<p data-credits>${e(words.thanks(summary.credited, summary.othersCount))}</p>`,
    `<p class="meta">${e(words.creditNote)}</p></section>`,
  ]
  for (const stage of summary.stages) {
    parts.push(`<section><h2>${e(stage.title)}</h2>`)
    if (stage.guidance) parts.push(`<p class="prompt"><em>${e(stage.guidance)}</em></p>`)
    for (const section of stage.sections) parts.push(renderSection(section, 'h3', words))
    parts.push('</section>')
  }
  if (summary.forLater) parts.push(renderSection(summary.forLater, 'h2', words))
  if (summary.otherSections.length > 0) {
    parts.push(`<section><h2>${e(words.otherFramesHeading)}</h2>`)
    for (const section of summary.otherSections) parts.push(renderSection(section, 'h3', words))
    parts.push('</section>')
  }
  // "Other votes" only when there are some; before any result, one line says where they will be.
  if (summary.otherVotes.length > 0) {
    parts.push(`<section data-vote-results><h2>${e(words.otherVotesHeading)}</h2>`)
    for (const vote of summary.otherVotes) parts.push(renderVote(vote, 'h3', words))
    parts.push('</section>')
  } else if (!anyVotes(summary)) {
    parts.push(`<section data-vote-results><p class="meta">${e(words.noVoteResults)}</p></section>`)
  }
  parts.push('</main>', '</body>', '</html>', '')
  return parts.join('\n')
}

/** The cover: title, organisation, when the group met and how many took part each time. */
function renderCover(summary: SummaryModel, words: SummaryWords): string {
  const e = escapeHtml
  const { cover } = summary
  const parts = ['<header class="cover" data-cover>', `<h1>${e(words.heading(summary.title))}</h1>`]
  if (cover.organisation) parts.push(`<p data-organisation><strong>${e(cover.organisation)}</strong></p>`)
  if (cover.meetings.length > 0) {
    parts.push(
      `<table data-meetings><caption>${e(words.meetingsHeading(cover.timeZone))}</caption>`,
      `<thead><tr>${words.meetingColumns.map((column) => `<th scope="col">${e(column)}</th>`).join('')}</tr></thead><tbody>`,
      ...cover.meetings.map(
        (meeting) =>
          `<tr><td>${e(meeting.date)}</td><td>${e(meeting.from)}–${e(meeting.to)}</td><td>${e(words.people(meeting.people))}</td></tr>`,
      ),
      '</tbody></table>',
    )
  }
  parts.push(`<p class="meta">${e(words.made(`${cover.made} (${cover.timeZone})`))}</p>`, '</header>')
  return parts.join('\n')
}

/** Pictures the summary carries inside itself, each with its name for people who cannot see it. */
function renderImages(images: SummaryImage[]): string {
  if (images.length === 0) return ''
  const e = escapeHtml
  return `<span class="pictures">${images.map((image) => `<img src="${e(image.src)}" alt="${e(image.alt)}">`).join('')}</span>`
}

function anyVotes(summary: SummaryModel): boolean {
  const sections = [
    ...summary.stages.flatMap((stage) => stage.sections),
    ...(summary.forLater ? [summary.forLater] : []),
    ...summary.otherSections,
  ]
  return sections.some((section) => section.votes.length > 0)
}

function renderSection(section: SummarySection, heading: 'h2' | 'h3', words: SummaryWords): string {
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
  if (section.notes.length > 0)
    parts.push(`<ul>${section.notes.map((note) => renderNote(note, words)).join('')}</ul>`)
  if (section.pictures.length > 0) {
    parts.push(`<p>${e(words.picturesLabel)}: ${section.pictures.map(e).join(', ')}</p>`)
    parts.push(renderImages(section.images))
  }
  for (const vote of section.votes) parts.push(renderVote(vote, heading === 'h2' ? 'h3' : 'h4', words))
  parts.push('</section>')
  return parts.join('\n')
}

function renderNote(note: SummaryNote, words: SummaryWords): string {
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
  const update = note.update
    ? `<p class="update" data-update><strong>${e(words.update(note.update.status, note.update.words))}</strong>${note.update.date ? ` ${e(words.updatedOn(note.update.date))}` : ''}</p>`
    : ''
  return `<li class="note">${renderImages(note.images)}${body}${update}${meta.length > 0 ? ` <span class="meta">(${e(meta.join(' · '))})</span>` : ''}</li>`
}

function renderVote(vote: SummaryVote, heading: 'h3' | 'h4', words: SummaryWords): string {
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
