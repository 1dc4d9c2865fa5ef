import {
  displayName,
  findAvatar,
  indexKeysAbove,
  pictureNoteShapeType,
  pictureNoteSize,
  pictureUrl,
  stepFrameId,
  validateRecord,
  type ParticipantProfile,
  type TLRecord,
} from '@wesee/shared'
import { recordsOf, serverOrigin } from '../rooms/contentDoc.ts'
import type { Room } from '../rooms/Room.ts'

/** The Engagement stage's "Welcome" frame: who is here, a card per person. */
export const welcomeFrameId = stepFrameId('engagement', 'welcome')

const gap = 40
const firstRowY = 260 // under the frame's picture and prompt
const columns = 5

interface ShapeLike {
  id: string
  typeName: string
  parentId?: string
  index?: string
  meta?: { welcomeFor?: unknown }
}

/**
 * Puts a person's card in the Welcome frame, or brings it up to date: their
 * picture above their name (or the neutral label when they joined without
 * it). Only on boards that have the Welcome frame; the cards are ordinary
 * picture notes the group can move, change or remove.
 */
export function putWelcomeCard(content: Room, profile: ParticipantProfile): void {
  const records = recordsOf(content.doc)
  if (!records.has(welcomeFrameId)) return
  const all = [...records.map.values()].map((entry) => entry.val as unknown as ShapeLike)
  const inFrame = all.filter((record) => record.typeName === 'shape' && record.parentId === welcomeFrameId)
  const cardId = `shape:welcome-${profile.id}`
  const existing = records.get(cardId) as (TLRecord & { props: Record<string, unknown> }) | undefined
  const avatar = findAvatar(profile.avatar)
  const picture = { src: pictureUrl(profile.avatar), name: avatar?.name ?? 'A picture' }
  const words = displayName(profile)

  let card: TLRecord
  if (existing) {
    card = { ...existing, props: { ...existing.props, picture, text: words } } as TLRecord
  } else {
    const place = inFrame.filter((record) => record.meta?.welcomeFor !== undefined).length
    const highest =
      inFrame
        .map((record) => record.index ?? 'a0')
        .sort()
        .at(-1) ?? null
    card = {
      id: cardId,
      typeName: 'shape',
      type: pictureNoteShapeType,
      parentId: welcomeFrameId,
      index: indexKeysAbove(highest, 1)[0],
      x: gap + (place % columns) * (pictureNoteSize.w + gap),
      y: firstRowY + Math.floor(place / columns) * (pictureNoteSize.h + gap),
      rotation: 0,
      isLocked: false,
      opacity: 1,
      // No authorId: the server made the card; it is not the person's contribution.
      meta: { welcomeFor: profile.id },
      props: { ...pictureNoteSize, color: 'yellow', picture, text: words },
    } as unknown as TLRecord
  }
  validateRecord(card)
  content.doc.transact(() => records.set(cardId, card), serverOrigin)
}
