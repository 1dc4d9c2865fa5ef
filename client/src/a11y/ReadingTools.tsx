import { mySettingsOpen } from '../settings/mySettingsOpen.ts'
import { text } from '../text.ts'
import { readAloudShortcut, useReadAloud } from './useReadAloud.ts'

/**
 * "Read aloud" and "My settings": hearing the words is as much a way in as
 * reading them. Part of the board's toolbar; mount it once per board (it
 * owns the keyboard shortcut).
 */
export function ReadingButtons() {
  const readSelectionAloud = useReadAloud()
  return (
    <>
      <ReadAloudButton onRead={readSelectionAloud} />
      <MySettingsButton />
    </>
  )
}

/** "Read aloud" on its own; `onRead` comes from `useReadAloud`, mounted once where the shortcut lives. */
export function ReadAloudButton({ onRead }: { onRead: () => void }) {
  return (
    <button
      type="button"
      className="button reading-button"
      onClick={onRead}
      aria-keyshortcuts={readAloudShortcut.ariaKeyShortcuts}
      title={text.readAloud.buttonHint(readAloudShortcut.label)}
    >
      <SpeakerIcon />
      {text.readAloud.button}
    </button>
  )
}

export function MySettingsButton() {
  return (
    <button type="button" className="button" onClick={() => mySettingsOpen.set(true)}>
      {text.mySettings.button}
    </button>
  )
}

// Drawn here rather than an emoji: not every device has an emoji font.
function SpeakerIcon() {
  return (
    <svg
      className="button-icon"
      viewBox="0 0 24 24"
      width="22"
      height="22"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M4 9h4l5-4v14l-5-4H4z" fill="currentColor" />
      <path
        d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  )
}
