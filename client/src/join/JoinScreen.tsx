import { useEffect, useRef } from 'react'
import type { JoinedBoard } from '@wesee/shared'
import { joinBoard } from '../api/apiClient.ts'
import { text } from '../text.ts'
import { saveIdentity } from './participantIdentity.ts'
import { ProfileForm } from './ProfileForm.tsx'

/** The first screen of a board for someone new: pick a picture, maybe a name, join. */
export function JoinScreen({
  boardId,
  boardKey,
  title,
  onJoined,
}: {
  boardId: string
  boardKey: string
  title: string
  onJoined: (identity: JoinedBoard) => void
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <main className="home" id="main">
      <h1 ref={heading} tabIndex={-1}>
        {text.join.heading(title)}
      </h1>
      <div className="card">
        <ProfileForm
          submitLabel={text.join.joinButton}
          busyLabel={text.join.joining}
          onSubmit={async (profile) => {
            const identity = await joinBoard(boardId, boardKey, profile)
            saveIdentity(boardId, identity)
            onJoined(identity)
          }}
        />
      </div>
    </main>
  )
}
