import { displayName, personRef, pictureUrl, type ParticipantProfile } from '@wesee/shared'
import { text } from '../text.ts'
import { Icon } from '../icons/Icon.tsx'

/**
 * Everyone who has joined, here-now first, each with their picture and name.
 * The facilitator also sees each person's short reference, to match the
 * payment record, which names only people who agreed.
 */
export function PeopleList({
  people,
  myId,
  showRefs = false,
}: {
  people: ParticipantProfile[]
  myId: string | null
  showRefs?: boolean
}) {
  if (people.length === 0) return <p>{text.people.nobody}</p>
  const sorted = [...people].sort((a, b) => Number(b.present) - Number(a.present) || a.joinedAt - b.joinedAt)
  return (
    <ul className="people-list" data-testid="people-list">
      {sorted.map((person) => (
        <li key={person.id} className={person.present ? 'person present' : 'person'}>
          <img src={pictureUrl(person.avatar)} alt="" width={40} height={40} />
          <span className="person-name">
            <bdi>{displayName(person)}</bdi>{' '}
            {person.id === myId && <span className="hint">{text.people.you}</span>}
            {person.isFacilitator && <span className="hint"> · {text.people.facilitator}</span>}
            {showRefs && !person.isFacilitator && (
              <span className="hint"> · {text.people.ref(personRef(person.id))}</span>
            )}
          </span>
          <span className="person-status">
            <Icon name={person.present ? 'dot' : 'ring'} />{' '}
            {person.present ? text.people.here : text.people.away}
          </span>
        </li>
      ))}
    </ul>
  )
}
