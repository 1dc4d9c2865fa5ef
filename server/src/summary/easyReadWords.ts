/**
 * The Easy Read version's own words: one idea and one verb in each sentence,
 * everyday words, no short forms. People's own words are kept as they wrote them.
 */
export const easyReadWords = {
  title: 'What we did together',
  about: (title: string) => `This is about our meetings: ${title}.`,
  byOrganisation: (name: string) => `It is from ${name}.`,
  met: (date: string) => `We met on ${date}.`,
  people: (n: number) => (n === 1 ? '1 person took part.' : `${n} people took part.`),
  saidHeading: 'We said',
  chose: (words: string) => `We chose: ${words}`,
  noChoice: 'We did not vote yet.',
  nextHeading: 'What happens next',
  willTry: (what: string) => `We will try: ${what}`,
  who: (who: string) => `Who will do it: ${who}`,
  byWhen: (when: string) => `By when: ${when}`,
  didHeading: 'What happened because of what you said',
  agreementsHeading: 'How we work together',
  talkedHeading: 'What we talked about',
  talked: (title: string) => `We talked about this question: ${title}`,
  forLater: (n: number) => (n === 1 ? 'We kept 1 idea for later.' : `We kept ${n} ideas for later.`),
  thanksHeading: 'Thank you',
  thanks: 'Thank you for taking part.',
  thanksNamed: (names: string) => `Thank you to ${names}.`,
  readAll: 'Read it all aloud',
  readLine: 'Read this aloud',
  stop: 'Stop reading',
} as const

/** The pictures beside each kind of line (OpenMoji hexcodes and what they show). */
export const easyReadPictures = {
  title: { id: '1F91D', name: 'Hands shaking' },
  organisation: { id: '1F3E2', name: 'A building' },
  met: { id: '1F4C5', name: 'A calendar' },
  people: { id: '1F465', name: 'People' },
  chose: { id: '2705', name: 'A tick' },
  willTry: { id: '1F6B6', name: 'A person walking' },
  who: { id: '1F464', name: 'A person' },
  byWhen: { id: '23F0', name: 'A clock' },
  did: { id: '1F4AC', name: 'A speech bubble' },
  agreement: { id: '1F91D', name: 'Hands shaking' },
  talked: { id: '2753', name: 'A question mark' },
  forLater: { id: '1F4CC', name: 'A pin' },
  thanks: { id: '1F64F', name: 'Thank you' },
} as const
