import { useSyncExternalStore } from 'react'

/**
 * "Sounds": whether this person wants a soft sound when a timer ends. Off
 * unless they turn it on (a sudden noise can distress people), kept on this
 * device in localStorage so it holds across boards and visits.
 */
const storageKey = 'wesee:sounds'
const listeners = new Set<() => void>()
let current: boolean | null = null

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    // Storage can be blocked: the choice then lasts for this visit.
    return null
  }
}

/** True when this person has turned sounds on. */
export function soundsOn(): boolean {
  if (current === null) {
    try {
      current = storage()?.getItem(storageKey) === 'on'
    } catch {
      current = false
    }
  }
  return current
}

/** Turns sounds on or off on this device and tells everyone listening. */
export function setSoundsOn(on: boolean): void {
  current = on
  try {
    storage()?.setItem(storageKey, on ? 'on' : 'off')
  } catch {
    // Full or blocked storage: the choice still holds until the page closes.
  }
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Whether sounds are on, re-rendering when that changes. */
export function useSoundsOn(): boolean {
  return useSyncExternalStore(subscribe, soundsOn)
}
