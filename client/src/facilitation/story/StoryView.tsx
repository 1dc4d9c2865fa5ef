import { pictureUrl, type BoardStory, type Picture } from '@wesee/shared'
import type { ReactNode } from 'react'
import { useText } from '../../i18n/wordsInLanguage.tsx'
import { text } from '../../text.ts'

// The component reads the words of the part of the page it is on (the projector's are the board's);
// `storyWordsToRead` reads aloud on a person's own screen, in their language.

function Line({ picture, children, size }: { picture: Picture; children: ReactNode; size: number }) {
  return (
    <li className="story-line">
      <img src={pictureUrl(picture.id)} alt={picture.name} width={size} height={size} />
      <div>{children}</div>
    </li>
  )
}

function Part({ heading, children }: { heading: string; children: ReactNode }) {
  return (
    <section className="story-part">
      <h3 className="story-heading">{heading}</h3>
      <ul className="story-lines">{children}</ul>
    </section>
  )
}

/**
 * "The story so far", picture first: a picture on the left of every line,
 * one idea per line, what is new first when there is a `since`.
 */
export function StoryView({ story, large = false }: { story: BoardStory; large?: boolean }) {
  const text = useText()
  const size = large ? 64 : 40
  return (
    <div className={large ? 'story story-large' : 'story'} data-testid="story">
      {story.since && (
        <Part heading={text.story.newHeading}>
          {story.since.steps.length === 0 && story.since.votes.length === 0 && (
            <li className="story-line">{text.story.nothingNew}</li>
          )}
          {story.since.steps.map((step) => (
            <Line key={`${step.stage}-${step.step}`} picture={step.picture} size={size}>
              {text.story.newNotes(step.title, step.notes.length)}
            </Line>
          ))}
          {story.since.votes.map((vote, i) => (
            <Line key={`since-vote-${i}`} picture={vote.picture} size={size}>
              {text.story.newVote(vote.title || text.story.aVote)}
            </Line>
          ))}
        </Part>
      )}
      {story.stepsDone.length > 0 && (
        <Part heading={text.story.stepsHeading}>
          {story.stepsDone.map((step) => (
            <Line key={`${step.stage}-${step.step}`} picture={step.picture} size={size}>
              <strong>{step.title}</strong> — {text.story.notes(step.noteCount)}
              {step.current && <span className="story-now"> ({text.story.hereNow})</span>}
            </Line>
          ))}
        </Part>
      )}
      {story.agreements.length > 0 && (
        <Part heading={text.story.agreementsHeading}>
          {story.agreements.map((agreement, i) => (
            <Line key={`agreement-${i}`} picture={agreement.picture} size={size}>
              <bdi>{agreement.text}</bdi>
            </Line>
          ))}
        </Part>
      )}
      {story.votes.length > 0 && (
        <Part heading={text.story.votesHeading}>
          {story.votes.map((vote, i) => (
            <Line key={`vote-${i}`} picture={vote.picture} size={size}>
              <strong>{vote.title || text.story.aVote}</strong>
              <ol className="story-results">
                {vote.top.map((result, j) => (
                  <li key={j}>
                    {result.text} — {text.story.votes(result.votes)}
                  </li>
                ))}
              </ol>
            </Line>
          ))}
        </Part>
      )}
      {story.smallTries.length > 0 && (
        <Part heading={text.story.smallTriesHeading}>
          {story.smallTries.map((card, i) => (
            <Line key={`try-${i}`} picture={card.picture} size={size}>
              <strong>{card.what ?? card.text}</strong>
              <br />
              {text.story.who}: {card.who ?? text.story.notSaid}
              <br />
              {text.story.byWhen}: {card.byWhen ?? text.story.notSaid}
            </Line>
          ))}
        </Part>
      )}
      {story.youSaidWeDid.length > 0 && (
        <Part heading={text.story.youSaidHeading}>
          {story.youSaidWeDid.map((card, i) => (
            <Line key={`said-${i}`} picture={card.picture} size={size}>
              <bdi>{card.text}</bdi>
            </Line>
          ))}
        </Part>
      )}
      {story.forLater && story.forLater.noteCount > 0 && (
        <Part heading={story.forLater.title}>
          <Line picture={story.forLater.picture} size={size}>
            {text.story.forLater(story.forLater.noteCount)}
          </Line>
        </Part>
      )}
    </div>
  )
}

/** The story as words to read aloud, in the order it is shown. */
export function storyWordsToRead(story: BoardStory): string {
  const lines: string[] = []
  if (story.since) {
    lines.push(text.story.newHeading)
    for (const step of story.since.steps) lines.push(text.story.newNotes(step.title, step.notes.length))
    for (const vote of story.since.votes) lines.push(text.story.newVote(vote.title || text.story.aVote))
  }
  if (story.stepsDone.length > 0) lines.push(text.story.stepsHeading)
  for (const step of story.stepsDone) lines.push(`${step.title}: ${text.story.notes(step.noteCount)}`)
  if (story.agreements.length > 0) lines.push(text.story.agreementsHeading)
  for (const agreement of story.agreements) lines.push(agreement.text)
  if (story.votes.length > 0) lines.push(text.story.votesHeading)
  for (const vote of story.votes) {
    lines.push(vote.title || text.story.aVote)
    for (const result of vote.top) lines.push(`${result.text}: ${text.story.votes(result.votes)}`)
  }
  if (story.smallTries.length > 0) lines.push(text.story.smallTriesHeading)
  for (const card of story.smallTries) lines.push(card.what ?? card.text)
  if (story.youSaidWeDid.length > 0) lines.push(text.story.youSaidHeading)
  for (const card of story.youSaidWeDid) lines.push(card.text)
  return lines.map((line) => line.replace(/[.?!]?$/, '.')).join(' ')
}

/**
 * True when the story has something to tell someone arriving now: what is new
 * since they were last here, or, for someone new, something that happened
 * before the step the group is on (notes in an earlier step, a vote's
 * results, an agreement). Someone arriving during the first step has missed
 * nothing the board does not show them.
 */
export function storyHasNews(story: BoardStory): boolean {
  if (story.since) return story.since.steps.length > 0 || story.since.votes.length > 0
  const current = story.stepsDone.findIndex((step) => step.current)
  const before = current < 0 ? story.stepsDone : story.stepsDone.slice(0, current)
  return (
    before.some((step) => step.noteCount > 0) ||
    story.votes.length > 0 ||
    story.agreements.length > 0 ||
    story.smallTries.length > 0 ||
    story.youSaidWeDid.length > 0
  )
}
