import { useEffect, useMemo, type ReactNode } from 'react'
import type { Language } from '@wesee/shared'
import {
  atom,
  DefaultStylePanel,
  Tldraw,
  useEditor,
  useTldrawUser,
  useValue,
  type Editor,
  type TLComponents,
  type TLStore,
} from 'tldraw'
import { getAssetUrlsByImport } from '@tldraw/assets/imports.vite'
import type { WebsocketProvider } from 'y-websocket'
import { wantsReducedMotion } from '../settings/displaySettings.ts'
import { useMySettings } from '../settings/mySettings.ts'
import { bindPresence } from './bindPresence.ts'
import { drawingToolsShown, keepDrawingToolsAway } from './drawingTools.ts'
import { ParticipantToolbar } from './ParticipantToolbar.tsx'
import { currentEditor } from './currentEditor.ts'
import { CanvasAnnouncer } from '../a11y/CanvasAnnouncer.tsx'
import { labelTldrawControls } from '../a11y/labelTldrawControls.ts'
import { useText } from '../i18n/wordsInLanguage.tsx'
import { useChosenLanguage } from '../i18n/chosenLanguage.ts'
import { tldrawWordsIn } from '../i18n/loadCatalogues.ts'
import { markAuthorship } from '../revisit/markAuthorship.ts'
import { customShapeUtils } from '../pictures/boardShapeUtils.ts'
import { setUpPictures } from '../pictures/setUpPictures.ts'

// Fonts, icons and translations come from our own origin, never a CDN.
const assetUrls = getAssetUrlsByImport()
// What the canvas says is in WeSee's words (see CanvasAnnouncer); its name too.
const canvasComponents = { A11y: CanvasAnnouncer }

declare global {
  interface Window {
    /** The tldraw Editor of the open board, for power users and tests. */
    editor?: Editor
  }
}

/** The tldraw canvas bound to the board's store, with everyone's cursors. */
export function BoardCanvas({
  store,
  provider,
  userId,
  name,
  colour,
  readOnly,
  hideUi = false,
  trimmedUi = false,
  drawingTools = true,
  sharePresence = true,
  hiddenFromPresence,
  language: fixedLanguage,
  children,
}: {
  store: TLStore
  provider: WebsocketProvider
  userId: string
  name: string
  colour: string
  readOnly: boolean
  /** No tldraw menus or tools (the projector). */
  hideUi?: boolean
  /** Participants and viewers: the style panel only while something is chosen. */
  trimmedUi?: boolean
  /** False when the facilitator has put the drawing tools away (participants only). */
  drawingTools?: boolean
  /** False to see everyone's presence without showing our own (the projector has no cursor). */
  sharePresence?: boolean
  /** Shapes left out of the selection others see (private notes). Must be stable. */
  hiddenFromPresence?: (shapeId: string) => boolean
  /** tldraw's words in this language, not the person's (the projector's are the board's). */
  language?: Language
  /** Drawn over the canvas, inside tldraw (so they can use the editor). */
  children?: ReactNode
}) {
  const $user = useMemo(
    () => atom('presence user', { id: userId, name, color: colour }),
    [userId, name, colour],
  )
  // tldraw's own animations (zoom, pan) stop too when this person wants less motion.
  const reducedMotion = wantsReducedMotion(useMySettings())
  // tldraw speaks the person's language: its own catalogue where it ships one,
  // else English with our tldraw.json laid over it (Welsh). The app remounts on a
  // new language, so these are made once per mount and tldraw loads them once.
  const chosen = useChosenLanguage()
  const language = fixedLanguage ?? chosen
  const text = useText()
  const preferences = useMemo(
    () => ({
      id: userId,
      name,
      color: colour,
      animationSpeed: reducedMotion ? 0 : 1,
      locale: language.tldrawLocale,
    }),
    [userId, name, colour, reducedMotion, language],
  )
  const overrides = useMemo(() => ({ translations: tldrawWordsIn(language) }), [language])
  const options = useMemo(() => ({ branding: text.boardWords.canvasName }), [text])
  const user = useTldrawUser({ userPreferences: preferences })

  useEffect(
    () => bindPresence(store, provider.awareness, $user, undefined, sharePresence, hiddenFromPresence),
    [store, provider, $user, sharePresence, hiddenFromPresence],
  )

  const onMount = (editor: Editor) => {
    window.editor = editor
    currentEditor.set(editor)
    editor.updateInstanceState({ isReadonly: readOnly })
    const stopLabelling = labelTldrawControls(editor.getContainer())
    const stopAuthorship = markAuthorship(editor, userId)
    const stopPictures = setUpPictures(editor)
    const stopDrawingRule = keepDrawingToolsAway(editor)
    return () => {
      stopDrawingRule()
      stopPictures()
      stopLabelling()
      stopAuthorship()
      if (window.editor === editor) delete window.editor
      if (currentEditor.get() === editor) currentEditor.set(null)
    }
  }

  useEffect(() => {
    window.editor?.updateInstanceState({ isReadonly: readOnly })
  }, [readOnly])

  useEffect(() => {
    drawingToolsShown.set(drawingTools)
  }, [drawingTools])

  return (
    <Tldraw
      store={store}
      user={user}
      assetUrls={assetUrls}
      overrides={overrides}
      shapeUtils={customShapeUtils}
      onMount={onMount}
      hideUi={hideUi}
      components={trimmedUi ? trimmedComponents : canvasComponents}
      options={options}
    >
      {children}
    </Tldraw>
  )
}

/**
 * tldraw's style panel, shown only while something is chosen: a participant
 * changing a note's colour still can, but the panel does not sit open over
 * the board the rest of the time.
 */
function StylePanelWhenChosen() {
  const editor = useEditor()
  const chosen = useValue('something chosen', () => editor.getSelectedShapeIds().length > 0, [editor])
  return chosen ? <DefaultStylePanel /> : null
}

const trimmedComponents: TLComponents = {
  ...canvasComponents,
  StylePanel: StylePanelWhenChosen,
  Toolbar: ParticipantToolbar,
}
