import { RefusalCode, Role } from '@wesee/shared'
import type { ContentRule } from './ContentRule.ts'

/** The fields of a record this rule reads. */
interface DrawnLike {
  typeName?: string
  type?: string
  props?: { segments?: unknown }
}

/** The shapes the drawing tools make (tldraw's pen and highlighter). */
const drawnShapeTypes = new Set(['draw', 'highlight'])

export const drawingOffWords =
  'The facilitator has put the drawing tools away for now. Your drawing was taken off.'

/**
 * While the facilitator has put the drawing tools away, a participant's new
 * drawing (or new lines on an old one, or a shape turned into one) is taken off again: the hidden buttons are not the only thing that
 * stops it, since a script could still send one. The eraser needs no rule:
 * nobody can delete what another person made anyway. `drawingOn` reads the
 * board's own flag, so the rule knows even when nobody has the control doc open.
 */
export function drawingToolsRule(drawingOn: () => boolean): ContentRule {
  return (change, writer) => {
    if (writer.role !== Role.Participant || !change.after) return { kind: 'keep' }
    const after = change.after as DrawnLike
    if (after.typeName !== 'shape' || !drawnShapeTypes.has(after.type ?? '')) return { kind: 'keep' }
    // Moving or deleting an old drawing is fine; new lines on it are drawing.
    const before = change.before as DrawnLike | undefined
    const drawsMore =
      before === undefined ||
      before.type !== after.type ||
      JSON.stringify(before.props?.segments) !== JSON.stringify(after.props?.segments)
    if (!drawsMore || drawingOn()) return { kind: 'keep' }
    return { kind: 'revert', refusal: { code: RefusalCode.DrawingOff, message: drawingOffWords } }
  }
}
