import { useEffect, useRef, useState } from 'react'
import type { JoinedBoard, Role } from '@wesee/shared'
import { joinBoard } from '../api/apiClient.ts'
import { text } from '../text.ts'
import { defaultDevice } from './defaultDevice.ts'
import { DeviceQuestion } from './DeviceQuestion.tsx'
import { LanguagePicker } from '../i18n/LanguagePicker.tsx'
import { focusBoardWhenReady } from './focusAfterJoin.ts'
import { saveIdentity, type DeviceKind } from './participantIdentity.ts'
import { ProfileForm } from './ProfileForm.tsx'
import './join.css'

/**
 * The first screen of a board for someone new: pick a picture, maybe a name,
 * say whether this is their own device, join. Fits a phone's screen: the
 * pictures scroll in their own box, so the name and "Join" stay in view.
 */
export function JoinScreen({
  boardId,
  boardKey,
  title,
  role,
  onJoined,
}: {
  boardId: string
  boardKey: string
  title: string
  role: Role
  onJoined: (identity: JoinedBoard, device: DeviceKind) => void
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  const [device, setDevice] = useState<DeviceKind>(() => defaultDevice(role))
  useEffect(() => heading.current?.focus(), [])
  return (
    <main className="join-page" id="main">
      {/* Above the heading: the heading takes focus first, so Tab goes on to the form. */}
      <LanguagePicker className="language-picker" compact />
      <h1 ref={heading} tabIndex={-1}>
        {text.join.heading(title)}
      </h1>
      <ProfileForm
        fitScreen
        submitLabel={text.join.joinButton}
        busyLabel={text.join.joining}
        onSubmit={async (profile) => {
          const identity = await joinBoard(boardId, boardKey, profile)
          saveIdentity(boardId, identity, device)
          // The join button is about to go: focus moves to the board's main action, not the page.
          ;(document.activeElement as HTMLElement | null)?.blur()
          focusBoardWhenReady()
          onJoined(identity, device)
        }}
      >
        <DeviceQuestion value={device} onChange={setDevice} />
      </ProfileForm>
    </main>
  )
}
