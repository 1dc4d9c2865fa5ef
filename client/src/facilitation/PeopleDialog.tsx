import { Role } from '@wesee/shared'
import { ParticipationPanel } from '../revisit/ParticipationPanel.tsx'
import { text } from '../text.ts'
import { useBoardSession } from './BoardSession.ts'
import { Dialog } from './Dialog.tsx'
import { PeopleList } from './PeopleList.tsx'

/** Who is on the board, for everyone. */
export function PeopleDialog({ onClose }: { onClose: () => void }) {
  const { control, participantId, role } = useBoardSession()
  return (
    <Dialog title={text.people.heading} onClose={onClose} testId="people-dialog">
      <PeopleList
        people={control?.participants ?? []}
        myId={participantId}
        showRefs={role === Role.Facilitator}
      />
      {role === Role.Facilitator && <ParticipationPanel />}
    </Dialog>
  )
}
