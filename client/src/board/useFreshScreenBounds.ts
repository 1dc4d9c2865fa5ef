import { useEffect } from 'react'
import type { Editor } from 'tldraw'

/**
 * Tells tldraw where its canvas is on the screen as soon as the canvas
 * moves or changes size. tldraw finds out by itself, but up to 200 ms
 * later; the regions around the board grow and shrink (a wrapped prompt, a
 * vote panel), and in between, what WeSee draws over notes (their Vote
 * buttons) would be drawn in the old place, over another region.
 */
export function useFreshScreenBounds(editor: Editor | null): void {
  useEffect(() => {
    if (!editor) return
    const container = editor.getContainer()
    const observer = new ResizeObserver(() => editor.updateViewportScreenBounds(container))
    observer.observe(container)
    return () => observer.disconnect()
  }, [editor])
}
