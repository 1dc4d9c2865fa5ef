import {
  englishClientWords,
  type CloseCodeName,
  type ErrorCodeName,
  type ErrorReason,
  type ErrorValues,
  type RefusalCode,
} from '@wesee/shared'
import { screenTranslator, translator, type Translator } from './i18n/i18n.ts'

/**
 * Every word the interface shows, read from the `client` catalogue
 * (shared/src/i18n/locales/<language>/client.json) in the language chosen now.
 *
 * The words live only in the catalogue. This file gives them a typed shape so
 * every call site is checked: a plain message is a getter (`text.join.joinButton`),
 * made here from the English catalogue's own keys; a message with values is a
 * function that names them (`text.home.readyHeading(title)` reads
 * `home.readyHeading` with `{ title }`), written out below in `phrases`.
 * docs/languages.md says how the catalogues are organised.
 *
 * `text` reads the language this person chose; `textIn(language)` is the same
 * words in one language fixed (the projector shows the board's language).
 */

/**
 * The translator the words are read through now: the screen's, or while a
 * `textIn` word is being read, that language's. Reading is synchronous, so
 * swapping it around one read can never leak into another.
 */
let reading: Translator = screenTranslator
const t: Translator['t'] = (key, values) => reading.t(key, values)

/** Ends words with a full stop unless they already end a sentence ("What do we see now?"). */
const sentence = (words: string) => (/[.?!؟]$/.test(words.trim()) ? words.trim() : `${words.trim()}.`)
/** 1st, 2nd, 3rd, 4th … 11th … 21st, by the language's ordinal plural rules. */
const ordinal = (n: number) => t('common.ordinal', { count: n, ordinal: true })
/** "a", "b", "c": each note's words in quotes, in a list. */
const quotedList = (words: readonly string[]) =>
  words.map((w) => t('common.quoted', { words: w })).join(t('common.listSeparator'))
/**
 * A language's name in the screen's language ("Welsh", "Cymraeg"): from the
 * catalogue for WeSee's languages, since Chromium's Intl has no Welsh names;
 * from Intl for any other, else its code.
 */
const languageName = (lang: string) => {
  const code = lang.toLowerCase().split(/[-_]/)[0] ?? lang
  if (reading.exists(`languageNames.${code}`)) return t(`languageNames.${code}`)
  try {
    return new Intl.DisplayNames([reading.language(), 'en'], { type: 'language' }).of(code) ?? lang
  } catch {
    return lang
  }
}
/** A catalogue message that is a list (`keys.rows`, `about.how`). */
const list = (key: string) => reading.list(key)
/** The triggers that name a version after what happened; one saved by hand has none. */
const happenings = new Set(Object.keys(englishClientWords.versions.happened))

/** The values a reason's words fill in, and only those: an answer cannot pass i18next options. */
const valuesFor = (reason: ErrorReason, values: ErrorValues) =>
  Object.fromEntries(
    [...englishClientWords.errors.reasons[reason].matchAll(/\{\{\s*(\w+)/g)].flatMap(([, name]) =>
      name !== undefined && name in values ? [[name, values[name]]] : [],
    ),
  )

const phrases = {
  errors: {
    /** Why the server refused, in the person's language (`errors.reasons.<reason>`). */
    reason: (reason: ErrorReason, values: ErrorValues = {}) =>
      t(`errors.reasons.${reason}`, valuesFor(reason, values)),
    /** The general words for a kind of refusal (`errors.codes.<name>`), when there is no reason this client knows. */
    code: (code: ErrorCodeName) => t(`errors.codes.${code}`),
  },
  home: {
    readyHeading: (title: string) => t('home.readyHeading', { title }),
    lastOpened: (when: string) => t('home.lastOpened', { when }),
  },
  join: {
    heading: (title: string) => t('join.heading', { title }),
  },
  people: {
    ref: (ref: string) => t('people.ref', { ref }),
  },
  invite: {
    codeHelp: (origin: string) => t('invite.codeHelp', { origin }),
  },
  stages: {
    nowAnnouncement: (title: string) => t('stages.nowAnnouncement', { title }),
    stepCount: (n: number) => t('stages.stepCount', { count: n }),
    addStageButton: (title: string) => t('stages.addStageButton', { title }),
    stageAdded: (title: string) => t('stages.stageAdded', { title }),
  },
  follow: {
    summonedTo: (frame: string) => t('follow.summonedTo', { frame }),
    summonedYouTo: (frame: string) => t('follow.summonedYouTo', { frame }),
  },
  projector: {
    joinAt: (host: string) => t('projector.joinAt', { host }),
    voteHeading: (title: string) => t('projector.voteHeading', { title }),
    voted: (done: number, total: number | null) =>
      total === null
        ? t('projector.nobodyVoted')
        : t(total === 1 ? 'projector.votedOfOne' : 'projector.voted', {
            count: done,
            people: t('counts.people', { count: total }),
          }),
    writing: (done: number, total: number | null) =>
      total === null
        ? t('projector.nobodyWriting')
        : t(total === 1 ? 'projector.writingOfOne' : 'projector.writing', { count: done, total }),
    shared: (count: number) => t('projector.shared', { count }),
    place: (rank: number, tied: boolean) =>
      t(tied ? 'projector.placeTied' : 'projector.place', { place: ordinal(rank) }),
    moreNotes: (count: number) => t('projector.moreNotes', { count }),
  },
  list: {
    heading: (title: string) => t('list.heading', { title }),
    addNoteTo: (frame: string) => t('list.addNoteTo', { frame }),
    pictures: (names: string) => t('list.pictures', { names }),
    by: (name: string) => t('list.by', { name }),
    readAloud: (words: string) => t('list.readAloud', { words: words.slice(0, 60) }),
    added: (frame: string) => t('list.added', { frame }),
    edit: (words: string) => t('list.edit', { words: words.slice(0, 60) }),
  },
  voting: {
    currentStep: (title: string) => t('voting.currentStep', { title }),
    selectedNotes: (count: number) => t('voting.selectedNotes', { count }),
    openHeading: (title: string) => t('voting.openHeading', { title }),
    votesLeft: (left: number) => t('voting.votesLeft', { count: left }),
    peopleVoted: (count: number) => t('voting.peopleVoted', { count }),
    voteOn: (words: string) => t('voting.voteOn', { words }),
    takeBackOn: (words: string) => t('voting.takeBackOn', { words }),
    yourVotes: (count: number) => t('voting.yourVotes', { count }),
    voteGiven: (left: number) => t('voting.voteGiven', { count: left }),
    voteTakenBack: (left: number) => t('voting.voteTakenBack', { count: left }),
    started: (title: string, votes: number) => t('voting.started', { title: sentence(title), count: votes }),
    revealedWithTop: (words: string, votes: number) => t('voting.revealedWithTop', { words, count: votes }),
    revealedWithTies: (words: string[], votes: number) =>
      t('voting.revealedWithTies', { words: quotedList(words), count: votes }),
    resultsHeading: (title: string) => t('voting.resultsHeading', { title }),
    voteWhen: (title: string, when: string) => t('voting.voteWhen', { title, when }),
    rank: (rank: number) => t('voting.rank', { rank }),
    votesCount: (count: number) => t('counts.votes', { count }),
    votedBy: (names: string) => t('voting.votedBy', { names }),
    totals: (people: number, votes: number) =>
      t('voting.totals', { people: t('counts.people', { count: people }), count: votes }),
    spokenResult: (rank: number, words: string, votes: number) =>
      t('voting.spokenResult', { rank, words: sentence(words), count: votes }),
    spokenHeading: (title: string) => t('voting.spokenHeading', { title: sentence(title) }),
    proxyVotesLeft: (name: string, left: number) => t('voting.proxyVotesLeft', { name, count: left }),
    proxyDone: (name: string) => t('voting.proxyDone', { name }),
    proxyTakenBack: (name: string) => t('voting.proxyTakenBack', { name }),
  },
  timer: {
    preset: (minutes: number) => t('timer.preset', { count: minutes }),
    startedAnnouncement: (time: string) => t('timer.startedAnnouncement', { time }),
    pausedAnnouncement: (left: string) => t('timer.pausedAnnouncement', { left }),
    carriedOnAnnouncement: (left: string) => t('timer.carriedOnAnnouncement', { left }),
  },
  participation: {
    gapNote: (minutes: number) => t('participation.gapNote', { count: minutes }),
  },
  versions: {
    saved: (name: string) => t('versions.saved', { name }),
    restored: (name: string) => t('versions.restored', { name }),
    previewHeading: (name: string) => t('versions.previewHeading', { name }),
    /** A version made by something that happened, called after it; null for one saved by hand. */
    happened: (trigger: string, name: string): string | null =>
      happenings.has(trigger) ? t(`versions.happened.${trigger}`, { name }) : null,
    kept: {
      'stage-latest': (stage: string) => t('versions.kept.stage-latest', { stage }),
    },
    boardSize: (size: string) => t('versions.boardSize', { size }),
  },
  youSaid: {
    shown: {
      'we-did': (words: string) => t('youSaid.shown.we-did', { words }),
      'working-on-it': (words: string) => t('youSaid.shown.working-on-it', { words }),
      'not-yet': (words: string) => t('youSaid.shown.not-yet', { words }),
    },
    on: (day: string) => t('youSaid.on', { day }),
    by: (name: string) => t('youSaid.by', { name }),
  },
  exports: {
    pdf: {
      madeOn: (date: string) => t('exports.pdf.madeOn', { date }),
      peopleTookPart: (count: number) => t('exports.pdf.peopleTookPart', { count }),
      pictureOnly: (names: string) => t('exports.pdf.pictureOnly', { names }),
      voteHeading: (title: string) => t('exports.pdf.voteHeading', { title }),
      votes: (count: number, words: string) => t('exports.pdf.votes', { count, words }),
      continued: (title: string) => t('exports.pdf.continued', { title }),
    },
    done: (name: string) => t('exports.done', { name }),
  },
  yourBoards: {
    lastActivity: (when: string) => t('yourBoards.lastActivity', { when }),
    showArchived: (count: number) => t('yourBoards.showArchived', { count }),
    forget: (title: string) => t('yourBoards.forget', { title }),
    manage: (title: string) => t('yourBoards.manage', { title }),
    copyTitle: (title: string) => t('yourBoards.copyTitle', { title }),
    deleteHeading: (title: string) => t('yourBoards.deleteHeading', { title }),
    deletedDone: (title: string) => t('yourBoards.deletedDone', { title }),
  },
  pictures: {
    foundCount: (count: number) => t('pictures.foundCount', { count }),
    noneFound: (query: string) => t('pictures.noneFound', { query }),
    goesInFrame: (frame: string) => t('pictures.goesInFrame', { frame }),
    added: (name: string) => t('pictures.added', { name }),
    addedToNote: (name: string) => t('pictures.addedToNote', { name }),
    pictureNoteAdded: (name: string) => t('pictures.pictureNoteAdded', { name }),
  },
  readAloud: {
    buttonHint: (keys: string) => t('readAloud.buttonHint', { keys }),
    /** "This device has no Welsh voice, …": `lang` is the words' language, named in the screen's. */
    noVoice: (lang: string) => t('readAloud.noVoice', { language: languageName(lang) }),
  },
  mySettings: {
    shortcutHint: (keys: string) => t('mySettings.shortcutHint', { keys }),
  },
  /** The board in words: the hidden outline beside the canvas, and what the canvas says. */
  boardWords: {
    stepHeading: (title: string, isNow: boolean) =>
      isNow ? t('boardWords.stepHeadingNow', { title }) : title,
    votes: (count: number) => t('counts.votes', { count }),
    position: (index: number, total: number, where: string) =>
      t('boardWords.position', { index, total, where }),
    positionOnBoard: (index: number, total: number) => t('boardWords.positionOnBoard', { index, total }),
    stepSelected: (title: string, notes: number) => t('boardWords.stepSelected', { title, count: notes }),
    several: (count: number) => t('boardWords.several', { count }),
    noteAddedTo: (frame: string) => t('boardWords.noteAddedTo', { frame }),
    noteSavedIn: (frame: string) => t('boardWords.noteSavedIn', { frame }),
    noNotesInStep: (title: string) => t('boardWords.noNotesInStep', { title }),
  },
  keys: {
    get rows() {
      return list('keys.rows') as ReadonlyArray<readonly [string, string]>
    },
  },
  about: {
    get how() {
      return list('about.how')
    },
  },
  privateWriting: {
    revealExplain: (frame: string) => t('privateWriting.revealExplain', { frame }),
    stillPrivate: (n: number) => t('privateWriting.stillPrivate', { count: n }),
    yourCount: (count: number) => t('privateWriting.yourCount', { count }),
    writingCount: (name: string, count: number) => t('privateWriting.writingCount', { name, count }),
    notWritten: (name: string) => t('privateWriting.notWritten', { name }),
    sharedBy: (name: string) => t('privateWriting.sharedBy', { name }),
    yoursSharedIn: (frame: string) => t('privateWriting.yoursSharedIn', { frame }),
    revealedAnnouncement: (frame: string) => t('privateWriting.revealedAnnouncement', { frame }),
    changeLabel: (words: string) => t('privateWriting.changeLabel', { words }),
    removeLabel: (words: string) => t('privateWriting.removeLabel', { words }),
    notesElsewhere: (frame: string) => t('privateWriting.notesElsewhere', { frame }),
  },
  layout: {
    noteAdded: (frame: string | null) =>
      frame ? t('boardWords.noteAddedTo', { frame }) : t('boardWords.noteAdded'),
  },
  voices: {
    place: (n: number) => ordinal(n),
    giveTurn: (name: string) => t('voices.giveTurn', { name }),
    putDown: (name: string) => t('voices.putDown', { name }),
    turnGiven: (name: string) => t('voices.turnGiven', { name }),
    passFor: (name: string) => t('voices.passFor', { name }),
    helpFrom: (name: string, card: string) => t('voices.helpFrom', { name, card }),
    seen: (name: string) => t('voices.seen', { name }),
    helpArrived: (name: string, card: string) => t('voices.helpArrived', { name, card }),
  },
  story: {
    notes: (n: number) => t('counts.notes', { count: n }),
    votes: (n: number) => t('counts.votes', { count: n }),
    forLater: (n: number) => t('story.forLater', { count: n }),
    newNotes: (title: string, n: number) => t('story.newNotes', { title, count: n }),
    newVote: (title: string) => t('story.newVote', { title }),
  },
}

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other'
/** A catalogue's plain messages as string getters; plural forms are reached through `phrases`. */
type Words<T> = {
  readonly [K in keyof T as K extends `${string}_${PluralSuffix}` ? never : K]: T[K] extends string
    ? string
    : T[K] extends readonly unknown[]
      ? T[K]
      : Words<T[K]>
}
/** The words with the phrases laid over them: a phrase replaces the message it reads. */
type Merged<W, P> = {
  readonly [K in keyof W | keyof P]: K extends keyof P
    ? K extends keyof W
      ? P[K] extends (...args: never[]) => unknown
        ? P[K]
        : Merged<W[K], P[K]>
      : P[K]
    : K extends keyof W
      ? W[K]
      : never
}

const pluralForm = /_(zero|one|two|few|many|other)$/

/** Getters for every plain message under `tree`, each reading its key when asked. */
function wordsOf(tree: object, prefix: string): Record<string, unknown> {
  const words: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(tree)) {
    if (pluralForm.test(name)) continue
    const key = prefix ? `${prefix}.${name}` : name
    if (typeof value === 'string') {
      Object.defineProperty(words, name, { get: () => t(key), enumerable: true, configurable: true })
    } else if (Array.isArray(value)) {
      Object.defineProperty(words, name, { get: () => list(key), enumerable: true, configurable: true })
    } else {
      words[name] = wordsOf(value as object, key)
    }
  }
  return words
}

/** Lays `phrases` over `words`, keeping getters as getters. */
function layOver(words: Record<string, unknown>, over: object): void {
  for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(over))) {
    const value: unknown = descriptor.value
    if (descriptor.get || typeof value === 'function') {
      Object.defineProperty(words, name, { ...descriptor, enumerable: true, configurable: true })
    } else {
      const inner = (words[name] ??= {}) as Record<string, unknown>
      layOver(inner, value as object)
    }
  }
}

const built = wordsOf(englishClientWords, '')
layOver(built, phrases)

/** Every word of the interface, typed: getters for messages, functions for phrases. */
export type Text = Merged<Words<typeof englishClientWords>, typeof phrases>

export const text = built as unknown as Text

/** `tree`'s words, each read through `words` (getters stay getters, phrases stay functions). */
function readThrough(tree: object, words: Translator): Record<string, unknown> {
  const inLanguage = <T>(read: () => T): T => {
    const before = reading
    reading = words
    try {
      return read()
    } finally {
      reading = before
    }
  }
  const copy: Record<string, unknown> = {}
  for (const [name, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(tree))) {
    const { get, value } = descriptor as { get?: () => unknown; value?: unknown }
    if (get) {
      Object.defineProperty(copy, name, { get: () => inLanguage(get), enumerable: true })
    } else if (typeof value === 'function') {
      const phrase = value as (...args: unknown[]) => unknown
      copy[name] = (...args: unknown[]) => inLanguage(() => phrase(...args))
    } else {
      copy[name] = readThrough(value as object, words)
    }
  }
  return copy
}

const fixedTexts = new Map<string, Text>()

/**
 * The same words as `text`, always in `language` (English where a message
 * is missing), whatever this person chose. Its catalogues must be loaded
 * (`loadCatalogues`); until they are, the words read in English.
 */
export function textIn(language: string): Text {
  let found = fixedTexts.get(language)
  if (!found) {
    found = readThrough(built, translator(language)) as unknown as Text
    fixedTexts.set(language, found)
  }
  return found
}

// Every close code and refusal code has words (the type makes sure).
text.closeReasons satisfies Record<CloseCodeName, string>
text.refusals satisfies Record<RefusalCode, string>
