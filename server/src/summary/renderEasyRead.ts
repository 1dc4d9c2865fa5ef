import type { Agreement } from '@wesee/shared'
import { easyReadWordsIn } from './easyReadWords.ts'
import { escapeHtml as e } from './escapeText.ts'
import type { ReadPicture } from './pictureData.ts'
import type { SummaryModel, SummaryNote, SummarySection } from './SummaryModel.ts'
import { htmlLanguage } from './htmlLanguage.ts'
import { smallTryFields } from './smallTryFields.ts'
import { summaryWordsIn } from './summaryWords.ts'

type Picture = { id: string; name: string }

const style = `
body { font-family: Arial, Verdana, sans-serif; font-size: 24px; line-height: 1.6; color: #000; background: #fff; max-width: 50rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 2rem; } h2 { font-size: 1.6rem; margin-top: 2.5rem; }
ul { list-style: none; margin: 0; padding: 0; }
li { display: flex; align-items: center; gap: 1.25rem; margin: 0 0 1.25rem; min-height: 96px; }
li img { flex: none; width: 96px; height: 96px; }
li p { margin: 0; flex: 1; overflow-wrap: anywhere; }
button { font: inherit; font-size: 20px; padding: 0.4rem 0.8rem; border: 2px solid #000; border-radius: 8px; background: #fff; cursor: pointer; }
button:focus-visible { outline: 4px solid #c2410c; outline-offset: 2px; }
.top { display: flex; gap: 1rem; flex-wrap: wrap; }
@media print { button, .top { display: none; } li { break-inside: avoid; } }
`

/**
 * Reads each line aloud with the device's voice for the page's language; the
 * page has no other script. A device with no voice for the language says so
 * plainly instead of reading Welsh words with an English voice.
 */
const readAloudScript = `
const lang = document.documentElement.lang;
const voiceFor = () => speechSynthesis.getVoices().find((voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === lang);
const say = (words) => {
  speechSynthesis.cancel();
  const voice = voiceFor();
  const noVoice = document.querySelector('[data-no-voice]');
  if (!voice && speechSynthesis.getVoices().length > 0) { noVoice.hidden = false; return; }
  noVoice.hidden = true;
  const u = new SpeechSynthesisUtterance(words); u.lang = lang; if (voice) u.voice = voice; u.rate = 0.9; speechSynthesis.speak(u);
};
document.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-read]');
  if (!button) return;
  if (button.dataset.read === 'stop') return speechSynthesis.cancel();
  if (button.dataset.read === 'all') return say([...document.querySelectorAll('li p')].map((p) => p.textContent).join('. '));
  say(button.closest('li').querySelector('p').textContent);
});
if (!('speechSynthesis' in window)) for (const button of document.querySelectorAll('button[data-read]')) button.hidden = true;
`

/**
 * The Easy Read version, for giving back to the people who took part: the
 * key results first ("We said", "What happens next"), one idea on each line,
 * a picture on the left of every line, big words, and a button to hear each
 * line. People's own words are kept as they wrote them. The file carries its
 * pictures inside itself.
 */
export function renderEasyRead(
  summary: SummaryModel,
  agreements: readonly Agreement[],
  readPicture: ReadPicture,
  nonce: string,
): string {
  const words = easyReadWordsIn(summary.language)
  const { pictures } = words
  const summaryWords = summaryWordsIn(summary.language)
  const line = (picture: Picture, text: string, image?: SummaryNote['images'][number]) => {
    const src = image?.src ?? readPicture(`/pictures/${picture.id}.svg`) ?? ''
    return (
      `<li><img src="${e(src)}" alt="${e(image?.alt ?? picture.name)}"><p>${e(text)}</p>` +
      `<button type="button" data-read="line">${e(words.readLine)}</button></li>`
    )
  }
  const part = (heading: string, lines: string[]) =>
    lines.length === 0 ? '' : `<section><h2>${e(heading)}</h2><ul>${lines.join('')}</ul></section>`
  const sections = [...summary.stages.flatMap((stage) => stage.sections), ...summary.otherSections]
  const ofKind = (kind: SummarySection['kind']) =>
    sections.filter((section) => section.kind === kind).flatMap((section) => section.notes)

  const chosen = sections
    .flatMap((section) => section.votes)
    .concat(summary.otherVotes)
    .flatMap((vote) => vote.results.filter((result) => result.rank <= 3 && result.votes > 0).slice(0, 3))
  const tries = ofKind('small-tries').flatMap((note) => {
    const { what: written, who, byWhen: when } = smallTryFields(note.fields)
    const what = written ?? note.text
    return [
      line(pictures.willTry, words.willTry(what)),
      ...(who ? [line(pictures.who, words.who(who))] : []),
      ...(when ? [line(pictures.byWhen, words.byWhen(when))] : []),
    ]
  })
  const named = summary.credited.length > 0 ? words.thanksNamed(summary.credited) : words.thanks

  return [
    '<!doctype html>',
    `<html ${htmlLanguage(summary.language)}>`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(words.pageTitle(summary.title))}</title><style>${style}</style></head>`,
    '<body><main>',
    `<h1>${e(words.title)}</h1>`,
    `<div class="top"><button type="button" data-read="all">${e(words.readAll)}</button>` +
      `<button type="button" data-read="stop">${e(words.stop)}</button></div>`,
    `<p role="status" data-no-voice hidden>${e(words.noVoice)}</p>`,
    '<ul>',
    line(pictures.title, words.about(summary.title)),
    summary.cover.organisation
      ? line(pictures.organisation, words.byOrganisation(summary.cover.organisation))
      : '',
    ...summary.cover.meetings.flatMap((meeting) => [
      line(pictures.met, words.met(meeting.date)),
      line(pictures.people, words.people(meeting.people)),
    ]),
    '</ul>',
    part(
      words.saidHeading,
      chosen.length > 0 ? chosen.map((result) => line(pictures.chose, words.chose(result.text))) : [],
    ),
    part(words.nextHeading, [
      ...tries,
      ...ofKind('you-said-we-did').flatMap((note) => [
        line(pictures.did, note.text, note.images[0]),
        ...(note.update
          ? [line(pictures.chose, summaryWords.update(note.update.status, note.update.words))]
          : []),
      ]),
    ]),
    part(
      words.agreementsHeading,
      agreements.map((agreement) => line(pictures.agreement, agreement.text)),
    ),
    part(
      words.talkedHeading,
      summary.stages
        .flatMap((stage) => stage.sections)
        .filter((section) => section.kind === 'step')
        .map((section) => line(pictures.talked, words.talked(section.title))),
    ),
    summary.forLater
      ? part(summary.forLater.title, [line(pictures.forLater, words.forLater(summary.forLater.notes.length))])
      : '',
    part(words.thanksHeading, [line(pictures.thanks, named)]),
    '</main>',
    `<script nonce="${e(nonce)}">${readAloudScript}</script>`,
    '</body></html>',
    '',
  ]
    .filter(Boolean)
    .join('\n')
}
