import { useSyncExternalStore } from 'react'

/**
 * Why "Read aloud" said nothing just now (this device has no voice for the
 * words' language), in plain words, for the notice on the page. Reading
 * aloud starts from many buttons and a key, so they all report here.
 */
export interface ReadAloudProblem {
  message: string
  /** When it was reported (ms): pressing again shows it again. */
  at: number
}

let current: ReadAloudProblem | null = null
const listeners = new Set<() => void>()

function set(problem: ReadAloudProblem | null) {
  current = problem
  for (const listener of listeners) listener()
}

export function reportReadAloudProblem(message: string): void {
  set({ message, at: Date.now() })
}

export function clearReadAloudProblem(): void {
  set(null)
}

export function useReadAloudProblem(): ReadAloudProblem | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    () => current,
  )
}
