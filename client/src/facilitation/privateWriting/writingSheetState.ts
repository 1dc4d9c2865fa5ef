import { atom } from 'tldraw'

/**
 * Whether "My own notes" (the writing sheet) is open, and whether it opened
 * to write (focus in the "Write a note" box) or to look (focus on the
 * sheet, so a screen reader reads its title). An atom, not React state,
 * because the buttons that open it live in other regions: the banner,
 * "Add a note" on the phone's action bar and easy mode's bar.
 */
export const writingSheet = atom<'closed' | 'look' | 'write'>('writing sheet', 'closed')

/** The writing sheet's element id, for the buttons' aria-controls. */
export const writingSheetId = 'my-own-notes'
