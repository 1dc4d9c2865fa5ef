import { atom, useValue } from 'tldraw'

/**
 * Whether My settings is open. Held outside the buttons that open it, so a
 * choice that swaps those buttons (easy mode does) does not close the dialog
 * in the person's face.
 */
export const mySettingsOpen = atom('my settings open', false)

export function useMySettingsOpen(): boolean {
  return useValue('my settings open', () => mySettingsOpen.get(), [])
}
