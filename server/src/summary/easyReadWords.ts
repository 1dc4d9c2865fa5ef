import { boardT, listOfNames, type BoardLanguage } from '@wesee/shared'

/**
 * The Easy Read version's own words, in the board's language: one idea and
 * one verb in each sentence, everyday words, no short forms. People's own
 * words are kept as they wrote them.
 */
export function easyReadWordsIn(language: BoardLanguage) {
  const t = boardT(language)
  return {
    title: t('easyRead.title'),
    pageTitle: (title: string) => t('easyRead.pageTitle', { title }),
    about: (title: string) => t('easyRead.about', { title }),
    byOrganisation: (name: string) => t('easyRead.byOrganisation', { name }),
    met: (date: string) => t('easyRead.met', { date }),
    people: (count: number) => t('easyRead.people', { count }),
    saidHeading: t('easyRead.saidHeading'),
    chose: (words: string) => t('easyRead.chose', { words }),
    noChoice: t('easyRead.noChoice'),
    nextHeading: t('easyRead.nextHeading'),
    willTry: (what: string) => t('easyRead.willTry', { what }),
    who: (who: string) => t('easyRead.who', { who }),
    byWhen: (when: string) => t('easyRead.byWhen', { when }),
    didHeading: t('easyRead.didHeading'),
    agreementsHeading: t('easyRead.agreementsHeading'),
    talkedHeading: t('easyRead.talkedHeading'),
    talked: (title: string) => t('easyRead.talked', { title }),
    forLater: (count: number) => t('easyRead.forLater', { count }),
    thanksHeading: t('common.thanksHeading'),
    thanks: t('easyRead.thanks'),
    thanksNamed: (names: readonly string[]) =>
      t('easyRead.thanksNamed', { names: listOfNames(language, names) }),
    readAll: t('easyRead.readAll'),
    readLine: t('easyRead.readLine'),
    stop: t('easyRead.stop'),
    noVoice: t('easyRead.noVoice'),
    pictures: easyReadPicturesIn(language),
  }
}

export type EasyReadWords = ReturnType<typeof easyReadWordsIn>

/** OpenMoji hexcodes of the pictures beside each kind of line; their names are in the catalogue. */
const pictureIds = {
  title: '1F91D',
  organisation: '1F3E2',
  met: '1F4C5',
  people: '1F465',
  chose: '2705',
  willTry: '1F6B6',
  who: '1F464',
  byWhen: '23F0',
  did: '1F4AC',
  agreement: '1F91D',
  talked: '2753',
  forLater: '1F4CC',
  thanks: '1F64F',
} as const

/** The pictures beside each kind of line, named in the board's language. */
function easyReadPicturesIn(language: BoardLanguage) {
  const t = boardT(language)
  return Object.fromEntries(
    Object.entries(pictureIds).map(([kind, id]) => [kind, { id, name: t(`easyRead.pictures.${kind}`) }]),
  ) as { [K in keyof typeof pictureIds]: { id: string; name: string } }
}
