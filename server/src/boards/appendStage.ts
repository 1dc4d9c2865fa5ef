import type * as Y from 'yjs'
import {
  ErrorReason,
  buildStageRecords,
  findStage,
  firstPageId,
  templateLayout,
  type BoardLanguage,
  type Point,
  type StageId,
  type TLRecord,
} from '@wesee/shared'
import { checkServerWrites } from '../rooms/checkServerWrites.ts'
import { recordsOf, serverOrigin } from '../rooms/contentDoc.ts'

// Records in a content doc were written by clients: read them defensively.
type LooseRecord = { id?: unknown; typeName?: unknown; parentId?: unknown; index?: unknown } & Record<
  string,
  unknown
>

/** Beyond this, a board is not one a person could scroll to: a million screens wide. */
const farthestRightEdge = 1e9

const wholeIndexKey = /^[A-Za-z][0-9A-Za-z]*$/

/** True when any of the stage's step frames is on the board. */
export function hasStageFrames(doc: Y.Doc, stage: StageId): boolean {
  const kv = recordsOf(doc)
  return findStage(stage).steps.some((step) => kv.has(step.frameId))
}

/** The page template frames go on: the first page, or else the page that comes first. */
function targetPageId(records: readonly LooseRecord[]): string {
  const pages = records.filter((record) => record.typeName === 'page' && typeof record.id === 'string')
  if (pages.length === 0 || pages.some((page) => page.id === firstPageId)) return firstPageId
  const [first] = pages.sort((a, b) => (String(a.index) < String(b.index) ? -1 : 1))
  return String(first!.id)
}

function rightEdge(shape: LooseRecord): number {
  const x = typeof shape.x === 'number' ? shape.x : 0
  const props = (shape.props ?? {}) as { w?: unknown; scale?: unknown }
  if (typeof props.w === 'number') return x + props.w
  // Notes and other shapes without a width: assume a note's size.
  return x + templateLayout.noteSize * (typeof props.scale === 'number' ? props.scale : 1)
}

/**
 * Appends a stage's frames to a board's content doc, to the right of
 * everything on its page and above it in order, in one server transaction
 * (so connected clients get one update). Returns the records written.
 */
export function appendStage(doc: Y.Doc, stage: StageId, language: BoardLanguage): TLRecord[] {
  const kv = recordsOf(doc)
  const records = [...kv.map.values()].map(({ val }) => val as unknown as LooseRecord)
  const pageId = targetPageId(records)
  const onPage = records.filter((record) => record.typeName === 'shape' && record.parentId === pageId)
  // A shape far out of reach (someone's drawing at x = 1e308) must not push
  // the stage past where numbers stay finite: such shapes are left out.
  const edges = onPage.map(rightEdge).filter((edge) => Math.abs(edge) <= farthestRightEdge)
  const origin: Point = {
    x: edges.length === 0 ? 0 : Math.max(...edges) + templateLayout.stageGap,
    y: 0,
  }
  const indexAbove =
    onPage
      .map((shape) => shape.index)
      .filter((index): index is string => typeof index === 'string' && wholeIndexKey.test(index))
      .sort()
      .at(-1) ?? null
  const added = buildStageRecords(stage, {
    origin,
    pageId: pageId as typeof firstPageId,
    indexAbove,
    language,
  })
  checkServerWrites(added, ErrorReason.StageNotAdded)
  doc.transact(() => {
    for (const record of added) kv.set(record.id, record)
  }, serverOrigin)
  return added
}
