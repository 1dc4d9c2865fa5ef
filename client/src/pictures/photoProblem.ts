import { useSyncExternalStore } from 'react'

/**
 * The last thing that went wrong adding a photo, in plain words, for the
 * notice on the board. Uploads happen inside tldraw (drop, paste, the file
 * picker), far from any React component, so they report here.
 */
export interface PhotoProblem {
  message: string
  /** When it was reported (ms); a new report replaces the notice. */
  at: number
  /** A generic message ("could not add") rather than the reason. */
  generic: boolean
}

/** How long a reason stays in place before a generic message may replace it. */
const reasonHoldsMs = 5_000

let current: PhotoProblem | null = null
const listeners = new Set<() => void>()

function set(problem: PhotoProblem | null) {
  current = problem
  for (const listener of listeners) listener()
}

/**
 * Shows a problem. A generic message never hides a reason reported just
 * before it: tldraw says "upload failed" right after the server has said why.
 */
export function reportPhotoProblem(message: string, { generic = false } = {}): void {
  const now = Date.now()
  if (generic && current && !current.generic && now - current.at < reasonHoldsMs) return
  set({ message, at: now, generic })
}

export function clearPhotoProblem(): void {
  set(null)
}

export function usePhotoProblem(): PhotoProblem | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => current,
  )
}
