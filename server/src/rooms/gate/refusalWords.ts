import { RefusalCode } from '@wesee/shared'

/** What the writer is told for each structural refusal, in plain words. */
export const refusalWords: Partial<Record<RefusalCode, string>> = {
  [RefusalCode.NotARecord]: 'Something that is not a note or a shape was sent. It was left out.',
  [RefusalCode.WrongKey]: 'Something was sent under the wrong name. It was left out.',
  [RefusalCode.InvalidRecord]: 'Something could not be read. It was left out.',
  [RefusalCode.NotBoardContent]: 'That belongs to your own screen, not the board. It was left out.',
  [RefusalCode.UnknownPart]: 'Something was sent that the board does not use. It was left out.',
  [RefusalCode.SchemaIsFixed]: 'Only the server can change how the board is stored. It was put back.',
  [RefusalCode.DocFull]:
    'The board is full, so your last change was undone. Remove some things to make room.',
  [RefusalCode.TooManyChanges]:
    'That changed too many things at once, so it was undone. Try fewer at a time.',
}

export function wordsFor(code: RefusalCode): string {
  return refusalWords[code] ?? 'Your last change was not allowed, so it was undone.'
}
