import { useCallback, useEffect, useMemo, useState } from 'react'
import { displayName, Role, sourceLanguage, type BoardSummary, type JoinedBoard } from '@wesee/shared'
import { ReadingButtons } from '../a11y/ReadingTools.tsx'
import { BoardSessionContext, type BoardSession } from '../facilitation/BoardSession.ts'
import { LockNotice } from '../facilitation/LockNotice.tsx'
import { NewOwnLinkNotice } from '../facilitation/newLinks/NewOwnLinkNotice.tsx'
import { PrivateNoteMarks } from '../facilitation/privateWriting/PrivateNoteMarks.tsx'
import { PrivateNoteRouter } from '../facilitation/privateWriting/PrivateNoteRouter.ts'
import { PrivateWritingBanner } from '../facilitation/privateWriting/PrivateWritingBanner.tsx'
import { PrivateWritingSheet } from '../facilitation/privateWriting/PrivateWritingSheet.tsx'
import { PrivateWritingStatus } from '../facilitation/privateWriting/PrivateWritingStatus.tsx'
import { usePrivateNotes } from '../facilitation/privateWriting/usePrivateNotes.ts'
import { StagePanel } from '../facilitation/stages/StagePanel.tsx'
import { BoardTimer } from '../facilitation/timer/BoardTimer.tsx'
import { useControlDoc } from '../facilitation/useControlDoc.ts'
import { isSecretVoteNote } from '../facilitation/voting/secretVoteNotes.ts'
import { VotePanelSlot } from '../facilitation/voting/votePanelSlot.tsx'
import { BallotProvider } from '../facilitation/voting/ballotContext.tsx'
import { ActionBar } from '../layout/ActionBar.tsx'
import { BoardLayout } from '../layout/BoardLayout.tsx'
import { usePhoneView } from '../layout/phoneView.ts'
import { groupStepFrameId } from './placeNewShape.ts'
import { VotingLayer } from '../facilitation/voting/VotingLayer.tsx'
import { PhotoProblemNotice } from '../pictures/PhotoProblemNotice.tsx'
import { text } from '../text.ts'
import { useValue } from 'tldraw'
import { BoardListView } from '../listView/BoardListView.tsx'
import { listViewOpen } from '../listView/listViewState.ts'
import { ViewSwitch } from '../listView/ViewSwitch.tsx'
import { EasyModeBar } from '../a11y/EasyModeBar.tsx'
import { KeysDialog } from '../a11y/KeysDialog.tsx'
import { keepKeysFromCanvas } from '../a11y/keepKeysFromCanvas.ts'
import { useBoardKeys } from '../a11y/useBoardKeys.ts'
import { BoardMirror } from '../a11y/BoardMirror.tsx'
import { setPrivateNoteCheck } from '../a11y/privateNotes.ts'
import { SkipToControls } from '../a11y/SkipToControls.tsx'
import { useCanvasKeys } from '../a11y/useCanvasKeys.ts'
import { keepFocusOffBody } from '../a11y/keepFocusOffBody.ts'
import { useFocusOnArrival } from '../a11y/useFocusOnArrival.ts'
import { useMySettings } from '../settings/mySettings.ts'
import { MySettingsHost } from '../settings/MySettingsHost.tsx'
import { BoardCanvas } from './BoardCanvas.tsx'
import { useCurrentEditor } from './currentEditor.ts'
import { ConnectionStatus } from './ConnectionStatus.tsx'
import { RefusalNotice } from './RefusalNotice.tsx'
import { describeConnection } from './connectionState.ts'
import { localUserId } from './localUser.ts'
import { Loading, Problem } from './PageStates.tsx'
import { useBoardSync } from './useBoardSync.ts'
import { useFreshScreenBounds } from './useFreshScreenBounds.ts'
import { useDrawingToolsAnnouncements } from '../facilitation/tools/useDrawingToolsAnnouncements.ts'
import { StorySoFarSheet } from '../facilitation/story/StorySoFarSheet.tsx'
import { useStoryOnArrival } from '../facilitation/story/useStoryOnArrival.ts'
import { AgreementsButton } from '../facilitation/voices/AgreementsButton.tsx'
import { HeldUpCard } from '../facilitation/voices/HeldUpCard.tsx'
import { HelpRequests } from '../facilitation/voices/HelpRequests.tsx'
import { RememberAgreements } from '../facilitation/voices/RememberAgreements.tsx'
import { SpeakingPanel } from '../facilitation/voices/SpeakingPanel.tsx'
import { useVoicesAnnouncements } from '../facilitation/voices/useVoicesAnnouncements.ts'

/** The live board: canvas, session state and the board's own tools. */
export function ConnectedBoard({
  boardId,
  boardKey,
  board,
  identity,
  onRefused,
}: {
  boardId: string
  boardKey: string
  board: Pick<BoardSummary, 'title' | 'role' | 'links' | 'joinCode'> & Partial<Pick<BoardSummary, 'language'>>
  identity: JoinedBoard | null
  /** Returns true when the page handled the refusal itself. */
  onRefused: (code: number) => boolean
}) {
  const token = identity?.token ?? null
  const listOpen = useValue('list view open', () => listViewOpen.get(), [])
  const editor = useCurrentEditor()
  // Private notes ("What do I see?") never reach the shared board: the router keeps them off it.
  const [privateRouter] = useState(() => new PrivateNoteRouter())
  // What others never see me select: private notes, and the notes of an open secret vote.
  const hiddenFromPresence = useCallback(
    (shapeId: string) => privateRouter.isPrivate(shapeId) || isSecretVoteNote(shapeId),
    [privateRouter],
  )
  const { store, provider, connection } = useBoardSync(boardId, boardKey, token, privateRouter.divert)
  const control = useControlDoc(boardId, boardKey, token)
  const privateNotes = usePrivateNotes(
    boardId,
    boardKey,
    token,
    identity?.participantId ?? null,
    store,
    privateRouter,
    control,
  )
  const me = control?.participants.find((p) => p.id === identity?.participantId) ?? null
  const locked = control?.lock.locked ?? false
  const readOnly = board.role === Role.Viewer || (board.role === Role.Participant && locked)

  // The invite links can change while the board is open: "Make a new link".
  const [links, setLinks] = useState(board.links ?? null)
  const replaceLink = useCallback<BoardSession['replaceLink']>(
    (role, link) => setLinks((current) => (current ? { ...current, [role]: link } : current)),
    [],
  )
  const session = useMemo<BoardSession>(
    () => ({
      boardId,
      boardKey,
      role: board.role,
      title: board.title,
      language: board.language ?? sourceLanguage,
      token,
      participantId: identity?.participantId ?? null,
      control,
      me,
      links,
      joinCode: board.joinCode ?? null,
      replaceLink,
    }),
    [boardId, boardKey, board, token, identity, control, me, links, replaceLink],
  )

  const settings = useMySettings()
  const phoneView = usePhoneView()
  // Where new notes and pictures land: the step the group is on.
  const stepFrameId = (control?.stage as { frameId?: string } | null | undefined)?.frameId ?? null
  useEffect(() => {
    groupStepFrameId.set(stepFrameId)
    return () => {
      groupStepFrameId.set(null)
    }
  }, [stepFrameId])
  const easyMode = settings.easyMode && board.role === Role.Participant
  const [keysOpen, setKeysOpen] = useState(false)
  const showKeys = useCallback(() => setKeysOpen(true), [])
  useBoardKeys({
    editor,
    canAddNotes: !readOnly && !listOpen,
    stepFrameId,
    authorId: identity?.participantId ?? null,
    showKeys,
  })
  useCanvasKeys({ editor, role: board.role, stepFrameId })
  useEffect(() => setPrivateNoteCheck(privateRouter.isPrivate), [privateRouter])
  const [mainElement, setMainElement] = useState<HTMLElement | null>(null)
  useEffect(() => (mainElement ? keepFocusOffBody(mainElement) : undefined), [mainElement])
  useFocusOnArrival(editor !== null && control !== null)
  useFreshScreenBounds(editor)
  useDrawingToolsAnnouncements(control)
  useVoicesAnnouncements(control, identity?.participantId ?? null)
  const arrival = useStoryOnArrival(boardId, boardKey, board.role, control)

  const refusedCode = connection.kind === 'refused' ? connection.code : null
  const [handled, setHandled] = useState(false)
  useEffect(() => {
    if (refusedCode !== null) setHandled(onRefused(refusedCode))
  }, [refusedCode, onRefused])
  if (connection.kind === 'refused' && !handled) return <Problem message={describeConnection(connection)} />

  const canWrite = !readOnly
  const top = (
    <>
      <div className="top-status">
        <ConnectionStatus state={connection} viewOnly={board.role === Role.Viewer} />
        <LockNotice />
        <BoardTimer />
        <AgreementsButton />
      </div>
      <HeldUpCard control={control} />
      <RememberAgreements control={control} />
      <StagePanel />
    </>
  )
  const side = (
    <>
      {board.role === Role.Facilitator && <HelpRequests />}
      <SpeakingPanel />
      <VotePanelSlot />
      <PrivateWritingBanner notes={privateNotes} phoneView={phoneView} />
      <PrivateWritingStatus />
    </>
  )
  const canvas =
    store && provider ? (
      // The canvas stays mounted under the list view, so both stay in sync.
      <div className={listOpen ? 'canvas-layer canvas-hidden' : 'canvas-layer'} inert={listOpen}>
        <BoardCanvas
          store={store}
          provider={provider}
          userId={identity?.participantId ?? localUserId()}
          name={me ? displayName(me) : text.roles[board.role]}
          colour={me?.colour ?? '#555555'}
          readOnly={readOnly}
          hideUi={easyMode}
          trimmedUi={board.role !== Role.Facilitator}
          drawingTools={board.role === Role.Facilitator || (control?.tools.drawing ?? true)}
          hiddenFromPresence={hiddenFromPresence}
        >
          <PrivateNoteMarks router={privateRouter} />
        </BoardCanvas>
      </div>
    ) : (
      <Loading message={connection.kind === 'offline' ? text.board.loadingOffline : text.board.loading} />
    )
  const bottom =
    board.role === Role.Viewer ? (
      <nav className="action-bar" aria-label={text.readAloud.toolsLabel}>
        <ReadingButtons />
        <ViewSwitch />
      </nav>
    ) : easyMode ? (
      <>
        <EasyModeBar />
        <ViewSwitch />
      </>
    ) : (
      <ActionBar canWrite={canWrite} listOpen={listOpen} phoneView={phoneView} onShowKeys={showKeys} />
    )

  return (
    <BoardSessionContext.Provider value={session}>
      <BallotProvider>
        <main
          className={listOpen ? 'board list-open' : 'board'}
          id="main"
          ref={setMainElement}
          aria-label={board.title}
          onKeyDown={keepKeysFromCanvas}
          onKeyUp={keepKeysFromCanvas}
        >
          <SkipToControls />
          {editor && !listOpen && <BoardMirror editor={editor} isPrivate={privateRouter.isPrivate} />}
          <BoardLayout
            phoneView={phoneView}
            top={top}
            side={side}
            bottom={bottom}
            board={
              <>
                {canvas}
                {listOpen && editor && <BoardListView editor={editor} isPrivate={privateRouter.isPrivate} />}
                <VotingLayer />
                <PhotoProblemNotice />
                <RefusalNotice provider={provider} />
              </>
            }
          />
          {board.role === Role.Facilitator && <NewOwnLinkNotice boardId={boardId} />}
          {privateNotes && editor && <PrivateWritingSheet notes={privateNotes} editor={editor} />}
          {keysOpen && <KeysDialog onClose={() => setKeysOpen(false)} />}
          {arrival.story && <StorySoFarSheet story={arrival.story} onClose={arrival.dismiss} />}
          <MySettingsHost />
        </main>
      </BallotProvider>
    </BoardSessionContext.Provider>
  )
}
