import { useCallback, useEffect, useRef, useState } from 'react'
import { react } from 'tldraw'
import { findLanguage, type BoardSummary } from '@wesee/shared'
import { BoardCanvas } from '../board/BoardCanvas.tsx'
import { ConnectionStatus } from '../board/ConnectionStatus.tsx'
import { useCurrentEditor } from '../board/currentEditor.ts'
import { localUserId } from '../board/localUser.ts'
import { Loading } from '../board/PageStates.tsx'
import { useBoardSync } from '../board/useBoardSync.ts'
import { useGroupView } from '../facilitation/following/useGroupView.ts'
import type { Padding } from '../facilitation/following/viewGeometry.ts'
import { StepPrompt } from '../facilitation/stages/StepPrompt.tsx'
import { TimerDisplay } from '../facilitation/timer/TimerDisplay.tsx'
import { useControlDoc } from '../facilitation/useControlDoc.ts'
import { languageAttributes, useText, useWordsIn, WordsIn } from '../i18n/wordsInLanguage.tsx'
import { RememberAgreements } from '../facilitation/voices/RememberAgreements.tsx'
import { StoryOnProjector } from '../facilitation/story/StoryOnProjector.tsx'
import { JoinCorner } from './JoinCorner.tsx'
import { ResultsScreen } from './ResultsScreen.tsx'
import { RoomProgress } from './RoomProgress.tsx'
import { useResultsOnScreen } from './useResultsOnScreen.ts'
import './projector.css'

// The canvas has its own part of the screen; a little room keeps frames off its edges.
const edge = 24
const canvasPadding = (): Padding => ({ top: edge, right: edge, bottom: edge, left: edge })

/**
 * The projector: the board with no editing UI, following the facilitator
 * (each step's frame, "Bring everyone here", "Follow me"), the step's prompt
 * in large type, how many have voted or are writing, the results once the
 * facilitator shows them, and the join code and QR code while joining is open.
 *
 * Its words are in the board's language, whatever this device chose: the
 * room shares one screen. With a second language, the step's words show in
 * both, the board's first.
 */
export function ProjectorScreen({
  boardId,
  boardKey,
  board,
}: {
  boardId: string
  boardKey: string
  board: Pick<BoardSummary, 'title' | 'language' | 'secondLanguage'>
}) {
  // No participant token: the projector never joins and never edits.
  const { store, provider, connection } = useBoardSync(boardId, boardKey, null)
  const control = useControlDoc(boardId, boardKey, null)
  // The control doc carries the board's languages live (the server copies them in when the
  // facilitator saves them); until it has synced, the board's as this page was opened.
  const { language, secondLanguage } = control?.languages ?? board
  const { title } = board
  const text = useWordsIn(language)
  const secondText = useWordsIn(secondLanguage ?? language)
  const editor = useCurrentEditor()
  const view = useGroupView(editor, control, null, canvasPadding)
  const [userId] = useState(localUserId)

  // Keep the frame filling the canvas when its size changes (full screen on,
  // another projector, the join corner coming or going), unless following
  // the facilitator's view.
  const { backToGroup, mode } = view
  const latest = useRef({ backToGroup, mode })
  useEffect(() => {
    latest.current = { backToGroup, mode }
  }, [backToGroup, mode])
  useEffect(() => {
    if (!editor) return
    let first = true
    let frame = 0
    const stop = react('refit the projector', () => {
      editor.getViewportScreenBounds()
      if (first) {
        first = false
        return
      }
      // Move the camera outside the reaction, once per animation frame.
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        if (latest.current.mode === 'free') latest.current.backToGroup({ instant: true })
      })
    })
    return () => {
      stop()
      cancelAnimationFrame(frame)
    }
  }, [editor])

  // With no step chosen yet, show the whole board rather than its top-left corner.
  const fitted = useRef(false)
  useEffect(() => {
    if (!editor || !control || fitted.current) return
    fitted.current = true
    if (!control.stage && !control.follow.following) editor.zoomToFit()
  }, [editor, control])

  const stage = control?.stage ?? null
  const joinCode = control?.joining.open ? control.joining.code : undefined
  const results = useResultsOnScreen(control)

  return (
    <WordsIn words={text}>
      <main
        {...languageAttributes(language)}
        className={['projector', joinCode && 'projector-joining', secondLanguage && 'projector-bilingual']
          .filter(Boolean)
          .join(' ')}
        id="main"
        aria-label={`${title} · ${text.projector.label}`}
        data-testid="projector"
      >
        {/* Scrolls when a long prompt meets a small screen, so it takes focus to scroll by keyboard. */}
        <header className="projector-top" tabIndex={0}>
          {stage ? (
            <div className="projector-prompts">
              <StepPrompt stage={stage} language={language} large />
              {secondLanguage && (
                <div {...languageAttributes(secondLanguage)} className="projector-second-language">
                  <WordsIn words={secondText}>
                    <StepPrompt stage={stage} language={secondLanguage} large second />
                  </WordsIn>
                </div>
              )}
            </div>
          ) : (
            <div className="projector-title">
              <h1 dir="auto">{title}</h1>
              {(control?.stages.length ?? 0) > 0 && <p>{text.projector.waiting}</p>}
            </div>
          )}
          <div className="projector-timer-slot" data-slot="timer">
            <TimerDisplay timer={control?.timer ?? null} large />
          </div>
        </header>
        <RoomProgress control={control} />
        <div className="projector-canvas" data-region="board">
          {store && provider ? (
            <BoardCanvas
              // tldraw takes its words once per mount: a new board language mounts it again.
              key={language}
              language={findLanguage(language)}
              store={store}
              provider={provider}
              userId={userId}
              name={text.projector.label}
              colour="#555555"
              readOnly
              hideUi
              sharePresence={false}
            />
          ) : (
            <Loading
              message={connection.kind === 'offline' ? text.board.loadingOffline : text.board.loading}
            />
          )}
          {results && <ResultsScreen editor={editor} title={results.title} tally={results.tally} />}
          {!results && <StoryOnProjector boardId={boardId} boardKey={boardKey} control={control} />}
          {!results && control?.agreements.shownAt != null && (
            <div className="projector-agreements">
              <RememberAgreements control={control} full />
            </div>
          )}
        </div>
        {joinCode && <JoinCorner code={joinCode} />}
        <div className="projector-corner">
          {connection.kind !== 'connected' && <ConnectionStatus state={connection} viewOnly={false} />}
          <FullScreenButton />
        </div>
      </main>
    </WordsIn>
  )
}

/** Full screen on a button press; hidden once the screen is full. */
function FullScreenButton() {
  const text = useText()
  const [full, setFull] = useState(() => document.fullscreenElement !== null)
  useEffect(() => {
    const onChange = () => setFull(document.fullscreenElement !== null)
    document.addEventListener('fullscreenchange', onChange)
    return () => document.removeEventListener('fullscreenchange', onChange)
  }, [])
  const enter = useCallback(() => {
    void document.documentElement.requestFullscreen?.().catch(() => {
      // Some browsers refuse (an embedded frame); the page still works as it is.
    })
  }, [])
  if (full || !document.fullscreenEnabled) return null
  return (
    <button type="button" className="button projector-full-screen" onClick={enter}>
      {text.projector.fullScreen}
    </button>
  )
}
