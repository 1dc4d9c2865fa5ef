import { sourceLanguage, type BoardLanguage } from './i18n/boardLanguage.ts'
import { boardT } from './i18n/boardWords.ts'

/**
 * Pictures a person can choose to stand for them, from OpenMoji (CC BY-SA
 * 4.0). `id` is the OpenMoji hexcode, served by WeSee at `/pictures/<id>.svg`;
 * `name` is what a screen reader says.
 */
export interface Avatar {
  id: string
  name: string
}

/** The avatars' pictures, in the order the join screen offers them; their names are in the `board` catalogue. */
const avatarIds = [
  '1F431',
  '1F436',
  '1F430',
  '1F43B',
  '1F98A',
  '1F438',
  '1F989',
  '1F422',
  '1F41D',
  '1F98B',
  '1F420',
  '1F994',
  '1F33B',
  '1F333',
  '1F335',
  '1F344',
  '1F34E',
  '1F353',
  '2600',
  '1F319',
  '2B50',
  '1F308',
  '26C5',
  '1F30A',
  '1F3E0',
  '1F6B2',
  '1F68C',
  '2615',
  '1F3B8',
  '26BD',
  '1F4DA',
  '1F3A8',
] as const

/** The avatars, named in `language` (a screen reader says the name in the person's language). */
export function avatarsIn(language: BoardLanguage): readonly Avatar[] {
  const t = boardT(language)
  return avatarIds.map((id) => ({ id, name: t(`avatars.${id}`) }))
}

/** The avatars, named in English. */
export const avatars: readonly Avatar[] = avatarsIn(sourceLanguage)

/** An avatar's name in `language`, or undefined when the id is not one of ours. */
export function avatarNameIn(id: string, language: BoardLanguage): string | undefined {
  return byId.has(id) ? boardT(language)(`avatars.${id}`) : undefined
}

const byId = new Map(avatars.map((avatar) => [avatar.id, avatar]))

/** The avatar with this id, if it is one of ours. */
export function findAvatar(id: string): Avatar | undefined {
  return byId.get(id)
}

/** The address of a picture served by WeSee itself. */
export function pictureUrl(id: string): string {
  return `/pictures/${id}.svg`
}
