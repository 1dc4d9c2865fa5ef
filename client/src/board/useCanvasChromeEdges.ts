import { useEffect, useState } from 'react'

/** Where tldraw's own panels end on the screen: the menu at the top, the toolbar at the bottom. */
export interface CanvasChromeEdges {
  /** The bottom of the menu panel (the top-left "Board" menu), or null when there is none. */
  top: number | null
  /** The top of the toolbar row, or null when there is none. */
  bottom: number | null
}

const menuSelector = '.tlui-menu-zone'
const toolbarSelector = '.tlui-layout__bottom'

function measure(): CanvasChromeEdges {
  const menu = document.querySelector(menuSelector)?.getBoundingClientRect()
  const toolbar = document.querySelector(toolbarSelector)?.getBoundingClientRect()
  return {
    top: menu && menu.height > 0 ? menu.bottom : null,
    bottom: toolbar && toolbar.height > 0 ? toolbar.top : null,
  }
}

/**
 * Where tldraw's menu and toolbar sit, kept up to date as they resize. What
 * WeSee draws over the canvas (the Vote buttons on notes) stays between
 * them, so it never lies on top of tldraw's own buttons: a note under the
 * toolbar is like words scrolled under a header, and comes back when the
 * board is moved.
 */
export function useCanvasChromeEdges(): CanvasChromeEdges {
  const [edges, setEdges] = useState<CanvasChromeEdges>(measure)
  useEffect(() => {
    const update = () =>
      setEdges((before) => {
        const next = measure()
        return next.top === before.top && next.bottom === before.bottom ? before : next
      })
    const observer = new ResizeObserver(update)
    const watch = () => {
      observer.disconnect()
      for (const selector of [menuSelector, toolbarSelector]) {
        const element = document.querySelector(selector)
        if (element) observer.observe(element)
      }
      const region = document.querySelector('.tl-container')
      if (region) observer.observe(region)
      update()
    }
    watch()
    // tldraw mounts its panels after the canvas, and swaps them when the
    // screen's width class changes; once per frame at most, as its panels
    // change often (the chosen tool).
    let frame = 0
    const soon = () => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(watch)
    }
    const mutations = new MutationObserver(soon)
    const container = document.querySelector('.tl-container')
    if (container) mutations.observe(container, { childList: true })
    const panels = document.querySelector('.tlui-layout')
    if (panels) mutations.observe(panels, { childList: true, subtree: true })
    window.addEventListener('resize', update)
    return () => {
      cancelAnimationFrame(frame)
      observer.disconnect()
      mutations.disconnect()
      window.removeEventListener('resize', update)
    }
  }, [])
  return edges
}
