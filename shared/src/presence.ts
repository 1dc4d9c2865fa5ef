import type { Role } from './roles.ts'

/**
 * Who a presence (cursor, name, "Follow me" camera) speaks for. The server
 * writes these fields into every presence it relays, from the connection's
 * token and the person's profile in the control doc; whatever the client
 * sent in them is replaced.
 */
export interface PresenceIdentity {
  userId: string
  userName: string
  color: string
}

/** The colour a presence gets when the person has none (no token, or no profile yet). */
export const defaultPresenceColour = '#555555'

/**
 * The name shown for a connection that proved no participant token: its
 * role, so nobody without a token can show a person's name.
 */
export const presenceRoleNames: Record<Role, string> = {
  facilitator: 'Facilitator',
  participant: 'Taking part',
  viewer: 'View only',
}

/** The name shown for a participant whose profile the server cannot read yet. */
export const unknownPersonName = 'Someone'
