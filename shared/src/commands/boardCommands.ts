import * as v from 'valibot'
import { profileFields } from './profileFields.ts'

/** Facilitator: let new people join with the code or link, or stop them. */
export const joiningOpenCommand = v.object({ type: v.literal('joining.open') })
export const joiningCloseCommand = v.object({ type: v.literal('joining.close') })

/** Facilitator: pause and resume editing for everyone else. */
export const boardLockCommand = v.object({ type: v.literal('board.lock') })
export const boardUnlockCommand = v.object({ type: v.literal('board.unlock') })

/** Facilitator: give participants the drawing tools (pen, highlighter, eraser), or put them away. */
export const toolsSetCommand = v.object({
  type: v.literal('tools.set'),
  drawing: v.boolean('Say whether people may draw: true or false.'),
})

/** Participant (own profile, with token): change picture, name or choices. */
export const profileUpdateCommand = v.object({ type: v.literal('profile.update'), ...profileFields })
