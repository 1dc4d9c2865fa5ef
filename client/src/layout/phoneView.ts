import { useCallback, useSyncExternalStore } from 'react'
import { useMySettings, type TextSize } from '../settings/mySettings.ts'

/**
 * Up to which width (CSS pixels; media queries measure rem at 16 px) a
 * screen counts as narrow: wider when the words are bigger, since "Biggest"
 * on a tablet leaves no more room than normal words on a phone.
 */
const narrowUpTo: Record<TextSize, string> = { normal: '40rem', bigger: '50rem', biggest: '60rem' }

/** The media query for a narrow screen at a text size. */
export function narrowScreenQuery(size: TextSize): string {
  return `(max-width: ${narrowUpTo[size]})`
}

/** True on a phone-sized screen, for the words' size chosen in My settings. */
export function useNarrowScreen(): boolean {
  const query = narrowScreenQuery(useMySettings().textSize)
  const subscribe = useCallback(
    (listener: () => void) => {
      const list = window.matchMedia(query)
      list.addEventListener('change', listener)
      return () => list.removeEventListener('change', listener)
    },
    [query],
  )
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches)
}

/**
 * The phone view: on a narrow screen, or anywhere when the person chose it
 * in My settings. Big labelled actions along the bottom, and the board
 * zoomed so the words on notes are big enough to read.
 */
export function usePhoneView(): boolean {
  const narrow = useNarrowScreen()
  return useMySettings().phoneView || narrow
}
