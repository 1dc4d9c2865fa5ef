import { useEffect } from 'react'
import { text } from '../text.ts'
import { LanguagePicker } from '../i18n/LanguagePicker.tsx'
import { JoinCodeForm } from '../join/JoinCodeForm.tsx'
import { CreateBoardForm } from './CreateBoardForm.tsx'
import { YourBoards } from './YourBoards.tsx'

/** A join code in the address (`/#code=ABCDEF`), as the projector's QR code gives it. */
function codeFromAddress(): string | undefined {
  return new URLSearchParams(window.location.hash.replace(/^#/, '')).get('code') ?? undefined
}

/** The start page: make a board, or reopen one. */
export function HomePage({ navigate }: { navigate: (path: string) => void }) {
  useEffect(() => {
    document.title = text.appName
  }, [])
  return (
    <main className="home" id="main">
      <header className="home-header">
        <h1>{text.appName}</h1>
        <p className="tagline">{text.tagline}</p>
        {/* Before the join code: someone given a code chooses their language first. */}
        <LanguagePicker compact />
      </header>
      <JoinCodeForm onFound={navigate} initialCode={codeFromAddress()} />
      <CreateBoardForm onCreated={navigate} />
      <YourBoards onOpen={navigate} />
      <footer className="home-footer">
        <a href="/about">{text.about.link}</a>
      </footer>
    </main>
  )
}
