import { atom, useValue, type Editor } from 'tldraw'

/**
 * The tldraw Editor of the open board, for parts of the page that live
 * outside tldraw's own component tree (the list view, panels).
 */
export const currentEditor = atom<Editor | null>('current editor', null)

/** The open board's editor, or null until tldraw has mounted. Re-renders when it changes. */
export function useCurrentEditor(): Editor | null {
  return useValue('current editor', () => currentEditor.get(), [])
}
