import { useState } from 'react'
import { pictureUrl } from '@wesee/shared'
import { announce } from '../../a11y/announce.ts'
import { text } from '../../text.ts'
import { useBoardSession } from '../BoardSession.ts'
import { ButtonPicture } from '../ButtonPicture.tsx'
import { Dialog } from '../Dialog.tsx'
import { useCommand } from '../useCommand.ts'
import { useScreenWords } from '../../i18n/screenWordsLanguage.ts'

/**
 * "Add a stage", for the facilitator: any stage not yet on the board, with
 * its picture and one sentence, in the facilitator's own language. Its frames
 * go to the right of everything, written by the server in the board's language.
 */
export function AddStageButton() {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        <ButtonPicture id="2795" />
        {text.stages.addStage}
      </button>
      {open && <AddStageDialog onClose={() => setOpen(false)} />}
    </>
  )
}

function AddStageDialog({ onClose }: { onClose: () => void }) {
  const { control } = useBoardSession()
  const { stages } = useScreenWords()
  const { send, problem, busy } = useCommand()
  const onBoard = control?.stages ?? []
  const missing = stages.filter((stage) => !onBoard.includes(stage.id))
  return (
    <Dialog title={text.stages.addStageHeading} onClose={onClose} testId="add-stage">
      <p className="hint">{text.stages.addStageHint}</p>
      {missing.length === 0 ? (
        <p>{text.stages.allStagesAdded}</p>
      ) : (
        <ul className="stage-choices">
          {missing.map((stage) => (
            <li key={stage.id} className="stage-choice">
              <img src={pictureUrl(stage.picture.id)} alt="" width={56} height={56} />
              <div className="stage-choice-words">
                <strong>{stage.title}</strong>
                <span>{stage.description}</span>
              </div>
              <button
                type="button"
                className="button"
                onClick={async () => {
                  if (busy) return
                  if (await send({ type: 'stage.add', stage: stage.id })) {
                    announce(text.stages.stageAdded(stage.title))
                    onClose()
                  }
                }}
              >
                {text.stages.addStageButton(stage.title)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {problem && (
        <p className="message message-problem" role="alert">
          {problem}
        </p>
      )}
    </Dialog>
  )
}
