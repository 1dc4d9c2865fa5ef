import { sendCommand } from '../api/apiClient.ts'
import { ProfileForm } from '../join/ProfileForm.tsx'
import { text } from '../text.ts'
import { useBoardSession } from './BoardSession.ts'
import { Dialog } from './Dialog.tsx'

/** Change my picture, name, or whether I am credited. */
export function ProfileDialog({ onClose }: { onClose: () => void }) {
  const { boardId, boardKey, token, me } = useBoardSession()
  if (!me) return null
  return (
    <Dialog title={text.join.editProfile} onClose={onClose} testId="profile-dialog">
      <ProfileForm
        initial={{ avatar: me.avatar, name: me.name, anonymous: me.anonymous, credit: me.credit }}
        submitLabel={text.join.saveProfile}
        busyLabel={text.join.saveProfile}
        onCancel={onClose}
        onSubmit={async (profile) => {
          await sendCommand(boardId, boardKey, { type: 'profile.update', ...profile }, token)
          onClose()
        }}
      />
    </Dialog>
  )
}
