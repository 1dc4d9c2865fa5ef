import type { CardKind } from '@wesee/shared'

/** The picture beside each card's words (OpenMoji hexcodes). */
export const cardPictures: Record<CardKind, string> = {
  'plain-words': '1F4AC',
  'slow-down': '1F422',
  'need-a-break': '2615',
  'need-help': '1F64B',
}
