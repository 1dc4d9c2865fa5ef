import { storyPictures, type BoardStory, type Picture } from '@wesee/shared'
import { escapeHtml as e } from '../summary/escapeText.ts'
import { htmlLanguage } from '../summary/htmlLanguage.ts'
import { storyWordsIn } from './storyWords.ts'

type StoryWords = ReturnType<typeof storyWordsIn>

const style = `
body { font-family: system-ui, sans-serif; font-size: 20px; line-height: 1.5; color: #1b1b1f; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 2rem; } h2 { font-size: 1.5rem; margin-top: 2rem; border-bottom: 2px solid #d9d6cf; }
ul { list-style: none; padding: 0; } li { display: flex; gap: 0.75rem; align-items: flex-start; margin: 0.75rem 0; }
li img { width: 56px; height: 56px; flex: none; } li ol { padding-left: 1.25rem; list-style: decimal; } li ol li { display: list-item; margin: 0.25rem 0; }
.meta, .prompt { color: #4a4a55; } .now { font-weight: 700; } .text { white-space: pre-wrap; }
@media print { body { margin: 0; max-width: none; } li { break-inside: avoid; } }
`

/** A picture from WeSee's library, with its name for screen readers. */
function img(picture: Picture): string {
  return `<img src="/pictures/${encodeURIComponent(picture.id)}.svg" alt="${e(picture.name)}">`
}

function line(picture: Picture, body: string): string {
  return `<li>${img(picture)}<div>${body}</div></li>`
}

/** A part of the story: its heading, then its lines; `empty` says in words that there are none yet. */
function section(name: string, heading: string, lines: string[], empty?: string): string {
  const body = lines.length > 0 ? `<ul>${lines.join('')}</ul>` : `<p class="meta">${e(empty ?? '')}</p>`
  return `<section data-story="${name}"><h2>${e(heading)}</h2>${body}</section>`
}

/**
 * "The story so far" as a small page: every line starts with its picture,
 * and every word from the board is escaped.
 */
export function renderStoryHtml(story: BoardStory): string {
  const words = storyWordsIn(story.language)
  const parts: string[] = [
    '<!doctype html>',
    `<html ${htmlLanguage(story.language)}>`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(words.heading(story.title))}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${e(words.heading(story.title))}</h1>`,
    `<p class="meta">${e(words.made(words.readableTime(story.generatedAt)))}</p>`,
  ]

  const steps = story.stepsDone.map((step) =>
    line(
      step.picture,
      `<strong>${e(step.title)}</strong> <span class="meta">(${e(step.stageTitle)})</span><br>` +
        `<span class="prompt">${e(step.prompt)}</span><br>${e(words.notes(step.noteCount))}` +
        (step.current ? ` <span class="now">${e(words.now)}</span>` : ''),
    ),
  )
  parts.push(section('steps', words.stepsHeading, steps, words.noStepsYet))

  if (story.agreements.length > 0) {
    parts.push(
      section(
        'agreements',
        words.agreementsHeading,
        story.agreements.map((agreement) =>
          line(agreement.picture, `<span class="text">${e(agreement.text)}</span>`),
        ),
      ),
    )
  }
  if (story.votes.length > 0) {
    parts.push(
      section(
        'votes',
        words.votesHeading,
        story.votes.map((vote) => voteLine(vote, words)),
      ),
    )
  }
  if (story.smallTries.length > 0) {
    parts.push(
      section(
        'small-tries',
        words.smallTriesHeading,
        story.smallTries.map((card) =>
          line(
            card.picture,
            `<strong class="text">${e(card.what ?? card.text)}</strong><br>` +
              `${e(words.who)}: ${e(card.who ?? words.notSaid)}<br>` +
              `${e(words.byWhen)}: ${e(card.byWhen ?? words.notSaid)}` +
              (card.author ? ` <span class="meta">(${e(words.by(card.author))})</span>` : ''),
          ),
        ),
      ),
    )
  }
  if (story.youSaidWeDid.length > 0) {
    parts.push(
      section(
        'you-said-we-did',
        words.youSaidHeading,
        story.youSaidWeDid.map((card) =>
          line(
            card.picture,
            `<span class="text">${e(card.text)}</span>` +
              (card.author ? ` <span class="meta">(${e(words.by(card.author))})</span>` : ''),
          ),
        ),
      ),
    )
  }
  if (story.forLater) {
    parts.push(
      section('for-later', story.forLater.title, [
        line(story.forLater.picture, e(words.forLater(story.forLater.noteCount))),
      ]),
    )
  }
  if (story.since) {
    const news = [
      ...story.since.steps.map((step) =>
        line(step.picture, `<strong>${e(step.title)}</strong>: ${e(words.newNotes(step.notes.length))}`),
      ),
      ...story.since.votes.map((vote) => line(vote.picture, e(words.newVote(vote.title)))),
    ]
    parts.push(
      section('since', words.sinceHeading(words.readableTime(story.since.since)), news, words.nothingNew),
    )
  }
  parts.push(
    section('thanks', words.thanksHeading, [
      line(
        storyPictures.thanks,
        `<span data-credits>${e(words.thanks(story.credited, story.othersCount))}</span><br>` +
          `<span class="meta">${e(words.creditNote)}</span>`,
      ),
    ]),
    '</main>',
    '</body>',
    '</html>',
    '',
  )
  return parts.join('\n')
}

function voteLine(vote: BoardStory['votes'][number], words: StoryWords): string {
  const results = vote.top
    .map((result) => `<li>${e(result.text)} — ${e(words.votes(result.votes))}</li>`)
    .join('')
  return line(
    vote.picture,
    `<strong>${e(vote.title || words.aVote)}</strong><br><span class="meta">${e(words.voteSummary(vote.voterCount, vote.totalVotes))}</span>` +
      `<ol>${results}</ol>`,
  )
}
