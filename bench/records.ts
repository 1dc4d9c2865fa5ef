import { firstPageId, noteShape, type TLRecord } from './workspaceModules.ts'

const base62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/**
 * The n-th of up to 238,328 ascending tldraw fractional index keys
 * ('c' + three base-62 digits, the integer keys tldraw itself makes).
 */
export function indexKey(n: number): string {
  const digits = [Math.floor(n / 3844) % 62, Math.floor(n / 62) % 62, n % 62]
  return `c${digits.map((d) => base62[d]).join('')}`
}

/** A yellow sticky note as tldraw 3.15 stores it, placed on a grid by `n`. */
export function noteRecord(n: number, text: string, meta: Record<string, string | number> = {}): TLRecord {
  return noteShape({
    id: `shape:note-${n}`,
    parentId: firstPageId,
    index: indexKey(n),
    x: (n % 100) * 220,
    y: Math.floor(n / 100) * 220,
    text,
    meta,
    props: { font: 'draw' },
  })
}

export interface Point {
  x: number
  y: number
  z: number
}

/** A freehand pen stroke as tldraw 3.15 stores it (one free segment of points). */
export function drawRecord(
  n: number,
  points: readonly Point[],
  isComplete: boolean,
  meta: Record<string, string | number> = {},
): TLRecord {
  return {
    id: `shape:stroke-${n}`,
    typeName: 'shape',
    type: 'draw',
    parentId: firstPageId,
    index: indexKey(n),
    x: 0,
    y: 0,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    meta,
    props: {
      color: 'black',
      fill: 'none',
      dash: 'draw',
      size: 'm',
      segments: [{ type: 'free', points: [...points] }],
      isComplete,
      isClosed: false,
      isPen: false,
      scale: 1,
    },
  } as unknown as TLRecord
}
