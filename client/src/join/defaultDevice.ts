import { Role } from '@wesee/shared'
import type { DeviceKind } from './participantIdentity.ts'

/**
 * What "Is this your own device?" starts on. A phone or tablet (a touch
 * screen is the main pointer) is almost always the person's own. A computer
 * with a mouse may be a library's or a drop-in centre's, so the safe answer
 * is "shared" — except for the facilitator, whose board would be hard to
 * find again without this device remembering it.
 */
export function defaultDevice(role: Role): DeviceKind {
  if (role === Role.Facilitator) return 'own'
  const touchFirst = typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches
  return touchFirst ? 'own' : 'shared'
}
