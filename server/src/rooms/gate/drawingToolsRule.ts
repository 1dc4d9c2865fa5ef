import { RefusalCode, Role } from '@wesee/shared'
import type { ContentRule } from './ContentRule.ts'

/** The shapes the drawing tools make (tldraw's pen and highlighter). */
const drawnShapeTypes = new Set(['draw', 'highlight'])

export const drawingOffWords =
  'The facilitator has put the drawing tools away for now. Your drawing was taken off.'

/**
 * While the facilitator has put the drawing tools away, a participant's new
 * drawing is taken off again: the hidden buttons are not the only thing that
 * stops it, since a script could still send one. The eraser needs no rule:
 * nobody can delete what another person made anyway. `drawingOn` reads the
 * board's own flag, so the rule knows even when nobody has the control doc open.
 */
export function drawingToolsRule(drawingOn: () => boolean): ContentRule {
  return (change, writer) => {
    if (writer.role !== Role.Participant || change.before !== undefined || !change.after)
      return { kind: 'keep' }
    const after = change.after as { typeName?: string; type?: string }
    if (after.typeName !== 'shape' || !drawnShapeTypes.has(after.type ?? '')) return { kind: 'keep' }
    if (drawingOn()) return { kind: 'keep' }
    return { kind: 'revert', refusal: { code: RefusalCode.DrawingOff, message: drawingOffWords } }
  }
}
