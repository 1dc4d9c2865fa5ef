import * as v from 'valibot'
import { avatars } from '../avatars.ts'
import { ErrorReason, schemaMessage } from '../errorReasons.ts'

export const maxNameLength = 40

/** A person's name: trimmed, 1–40 letters, no control characters. */
export const nameSchema = v.pipe(
  v.string('The name must be words.'),
  v.trim(),
  v.minLength(1, schemaMessage(ErrorReason.NameMissing)),
  v.maxLength(maxNameLength, schemaMessage(ErrorReason.NameTooLong, { max: maxNameLength })),
  // eslint-disable-next-line no-control-regex
  v.regex(/^[^\u0000-\u001f\u007f]*$/, schemaMessage(ErrorReason.NameUnshowable)),
)

export const avatarSchema = v.picklist(
  avatars.map((avatar) => avatar.id),
  schemaMessage(ErrorReason.UnknownAvatar),
)

/** Fields a person sets when they join or change their profile. */
export const profileFields = {
  name: v.optional(v.nullable(nameSchema)),
  avatar: v.optional(avatarSchema),
  anonymous: v.optional(v.boolean('Choose yes or no for joining without your name.')),
  credit: v.optional(v.boolean('Choose yes or no for being credited by name.')),
}

/** Body of `POST /api/boards/:id/participants`. */
export const joinRequestSchema = v.object(profileFields)
export type JoinRequest = v.InferOutput<typeof joinRequestSchema>
