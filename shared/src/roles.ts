/** The three roles a board key can carry. */
export const Role = {
  Facilitator: 'facilitator',
  Participant: 'participant',
  Viewer: 'viewer',
} as const

export type Role = (typeof Role)[keyof typeof Role]

/** Every role, most powerful first. */
export const roles: readonly Role[] = [Role.Facilitator, Role.Participant, Role.Viewer]
