import { displayName, pictureUrl, type ParticipantProfile } from '@wesee/shared'

/** A person as everyone sees them: their picture, then their name (or "Someone (picture)"). */
export function PersonBadge({ person, size = 32 }: { person: ParticipantProfile; size?: number }) {
  return (
    <span className="person-badge">
      <img src={pictureUrl(person.avatar)} alt="" width={size} height={size} />
      <span dir="auto">{displayName(person)}</span>
    </span>
  )
}

/** Finds a person by id among the board's people. */
export function personById(people: readonly ParticipantProfile[], id: string | null | undefined) {
  return id ? people.find((person) => person.id === id) : undefined
}
