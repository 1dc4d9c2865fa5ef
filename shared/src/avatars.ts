/**
 * Pictures a person can choose to stand for them, from OpenMoji (CC BY-SA
 * 4.0). `id` is the OpenMoji hexcode, served by WeSee at `/pictures/<id>.svg`;
 * `name` is what a screen reader says.
 */
export interface Avatar {
  id: string
  name: string
}

export const avatars: readonly Avatar[] = [
  { id: '1F431', name: 'Cat' },
  { id: '1F436', name: 'Dog' },
  { id: '1F430', name: 'Rabbit' },
  { id: '1F43B', name: 'Bear' },
  { id: '1F98A', name: 'Fox' },
  { id: '1F438', name: 'Frog' },
  { id: '1F989', name: 'Owl' },
  { id: '1F422', name: 'Tortoise' },
  { id: '1F41D', name: 'Bee' },
  { id: '1F98B', name: 'Butterfly' },
  { id: '1F420', name: 'Fish' },
  { id: '1F994', name: 'Hedgehog' },
  { id: '1F33B', name: 'Sunflower' },
  { id: '1F333', name: 'Tree' },
  { id: '1F335', name: 'Cactus' },
  { id: '1F344', name: 'Mushroom' },
  { id: '1F34E', name: 'Apple' },
  { id: '1F353', name: 'Strawberry' },
  { id: '2600', name: 'Sun' },
  { id: '1F319', name: 'Moon' },
  { id: '2B50', name: 'Star' },
  { id: '1F308', name: 'Rainbow' },
  { id: '26C5', name: 'Cloud and sun' },
  { id: '1F30A', name: 'Wave' },
  { id: '1F3E0', name: 'House' },
  { id: '1F6B2', name: 'Bicycle' },
  { id: '1F68C', name: 'Bus' },
  { id: '2615', name: 'Cup of tea' },
  { id: '1F3B8', name: 'Guitar' },
  { id: '26BD', name: 'Football' },
  { id: '1F4DA', name: 'Books' },
  { id: '1F3A8', name: 'Paint palette' },
]

const byId = new Map(avatars.map((avatar) => [avatar.id, avatar]))

/** The avatar with this id, if it is one of ours. */
export function findAvatar(id: string): Avatar | undefined {
  return byId.get(id)
}

/** The address of a picture served by WeSee itself. */
export function pictureUrl(id: string): string {
  return `/pictures/${id}.svg`
}
