import { Fragment, Suspense, useCallback, useEffect, useState, type ReactNode } from 'react'
import { AboutPage } from '../about/AboutPage.tsx'
import { BoardPage } from '../board/BoardPage.tsx'
import { HomePage } from '../home/HomePage.tsx'
import { Loading } from '../board/PageStates.tsx'
import { text } from '../text.ts'
import { useDisplaySettings } from '../settings/displaySettings.ts'
import { LazyProjectorPage } from './lazyPages.ts'
import { parseRoute, type Route } from './route.ts'
import { UpdatesPage } from '../revisit/UpdatesPage.tsx'
import { useChosenLanguage } from '../i18n/chosenLanguage.ts'
import { ReadAloudNotice } from '../a11y/ReadAloudNotice.tsx'

/** Chooses the page from the address bar. A tiny router: the app has few pages. */
export function App() {
  const [route, setRoute] = useState(() => parseRoute(window.location))
  useDisplaySettings()
  // A new language remounts every page, so every word (and tldraw) is read afresh in it.
  const language = useChosenLanguage()

  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location))
    window.addEventListener('popstate', onChange)
    window.addEventListener('hashchange', onChange)
    return () => {
      window.removeEventListener('popstate', onChange)
      window.removeEventListener('hashchange', onChange)
    }
  }, [])

  const navigate = useCallback((path: string) => {
    window.history.pushState(null, '', path)
    setRoute(parseRoute(window.location))
  }, [])

  return (
    <Fragment key={language.code}>
      {pageFor(route, navigate)}
      {/* Every page can read aloud, so every page can say when it cannot. */}
      <ReadAloudNotice />
    </Fragment>
  )
}

function pageFor(route: Route, navigate: (path: string) => void): ReactNode {
  switch (route.page) {
    case 'home':
      return <HomePage navigate={navigate} />
    case 'about':
      return <AboutPage />
    case 'board':
      return <BoardPage key={`${route.boardId}:${route.key}`} boardId={route.boardId} boardKey={route.key} />
    case 'projector':
      return (
        <Suspense fallback={<Loading message={text.board.loading} />}>
          <LazyProjectorPage
            key={`${route.boardId}:${route.key}`}
            boardId={route.boardId}
            boardKey={route.key}
          />
        </Suspense>
      )
    case 'updates':
      return (
        <UpdatesPage key={`${route.boardId}:${route.key}`} boardId={route.boardId} boardKey={route.key} />
      )
    case 'not-found':
      return (
        <main className="home" id="main">
          <h1>{text.appName}</h1>
          <p>{text.status.notFound}</p>
          <a href="/">{text.board.backHome}</a>
        </main>
      )
  }
}
