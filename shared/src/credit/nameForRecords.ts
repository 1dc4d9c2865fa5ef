import { findAvatar } from '../avatars.ts'
import type { ParticipantProfile } from '../controlDoc.ts'

type Naming = Pick<ParticipantProfile, 'name' | 'anonymous' | 'avatar' | 'credit'>

/**
 * The neutral words for a person whose name is not to be shown: "Someone"
 * and the name of their picture, so the group can still tell people apart.
 */
export function neutralName(profile: Pick<ParticipantProfile, 'avatar'>): string {
  return `Someone (${findAvatar(profile.avatar)?.name ?? 'a picture'})`
}

/**
 * Whose name may be written in anything kept after the session (pictures,
 * PDFs): only people who agreed to be credited, and never someone who
 * joined without their name. Null when the name may not be written.
 */
export function creditedName(profile: Naming | undefined): string | null {
  if (!profile || profile.anonymous || !profile.credit || !profile.name) return null
  return profile.name
}

/**
 * How a person is written in anything kept after the session: their name
 * when they agreed to be credited, otherwise the neutral words. The one
 * rule every export uses, so they all agree.
 */
export function nameForRecords(profile: Naming): string {
  return creditedName(profile) ?? neutralName(profile)
}
