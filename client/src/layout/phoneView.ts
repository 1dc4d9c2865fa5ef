import { useSyncExternalStore } from 'react'
import { useMySettings } from '../settings/mySettings.ts'

/** Phones and narrow windows (CSS pixels; media queries measure rem at 16 px). */
export const narrowScreenQuery = '(max-width: 40rem)'

function subscribeNarrow(listener: () => void): () => void {
  const query = window.matchMedia(narrowScreenQuery)
  query.addEventListener('change', listener)
  return () => query.removeEventListener('change', listener)
}

/** True on a phone-sized screen. */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(subscribeNarrow, () => window.matchMedia(narrowScreenQuery).matches)
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
