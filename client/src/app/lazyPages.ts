import { lazy } from 'react'

/*
 * The board and the projector carry tldraw, most of the app's script. They
 * load on their own, so the home page and the join screen come up fast on a
 * phone with slow mobile data, and the board's script downloads while the
 * person chooses their picture.
 */

/** Starts loading the live board's script (safe to call many times: the browser keeps one copy). */
export const loadConnectedBoard = () => import('../board/ConnectedBoard.tsx')

export const LazyConnectedBoard = lazy(() =>
  loadConnectedBoard().then((module) => ({ default: module.ConnectedBoard })),
)

export const LazyProjectorPage = lazy(() =>
  import('../projector/ProjectorPage.tsx').then((module) => ({ default: module.ProjectorPage })),
)
