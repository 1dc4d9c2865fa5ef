/** Board templates, by fixed id (DESIGN.md). Titles are for people. */
export const templateIds = [
  'blank',
  'engagement',
  'exploration',
  'experimentation',
  'embedding',
  'full-cycle',
] as const

export type TemplateId = (typeof templateIds)[number]

/** True when `value` names a template. */
export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === 'string' && (templateIds as readonly string[]).includes(value)
}
