import { useSyncExternalStore } from 'react'

/**
 * "My settings": choices one person makes for themselves on this device
 * (not for the board, not for anyone else). Kept in localStorage, so they
 * hold across boards and visits without an account.
 *
 * To add a setting: add it to `MySettings` and `defaultMySettings`, and teach
 * `decodeMySettings` to read it (an old or hand-edited value must never break
 * the page, so anything unreadable falls back to the default).
 */
export interface MySettings {
  /** How fast "Read aloud" speaks: the speech synthesis rate, 1 is the voice's normal speed. */
  readAloudRate: number
  /** A soft sound when a timer ends. Off unless the person turns it on: a sudden noise can distress. */
  timerSound: boolean
  /** A soft sound when it is my turn to speak. Off unless turned on, like the timer's. */
  turnSound: boolean
  /** A calm screen with only the tools that matter in a session, as big buttons with pictures. */
  easyMode: boolean
  /** Bigger words and buttons: 'normal', then two steps up. */
  textSize: TextSize
  highContrast: boolean
  /** 'system' follows the device's own "reduce motion" choice. */
  reduceMotion: 'system' | 'on' | 'off'
  hideCursors: boolean
  /** The phone view on any screen: big actions along the bottom, notes zoomed big enough to read. */
  phoneView: boolean
}

export const textSizes = ['normal', 'bigger', 'biggest'] as const
export type TextSize = (typeof textSizes)[number]

export const defaultMySettings: MySettings = {
  readAloudRate: 1,
  timerSound: false,
  turnSound: false,
  easyMode: false,
  textSize: 'normal',
  highContrast: false,
  reduceMotion: 'system',
  hideCursors: false,
  phoneView: false,
}

/** The reading speeds offered to people, slowest first. */
export const readAloudRates = {
  slow: 0.6,
  aLittleSlow: 0.8,
  normal: 1,
  fast: 1.3,
} as const

export type ReadAloudSpeed = keyof typeof readAloudRates

const minRate = 0.5
const maxRate = 2
const storageKey = 'wesee:my-settings'

/** Reads stored settings, keeping each value only when it makes sense. */
export function decodeMySettings(stored: unknown): MySettings {
  const settings = { ...defaultMySettings }
  if (typeof stored !== 'object' || stored === null) return settings
  const {
    readAloudRate,
    timerSound,
    turnSound,
    easyMode,
    textSize,
    highContrast,
    reduceMotion,
    hideCursors,
    phoneView,
  } = stored as Record<string, unknown>
  if (typeof readAloudRate === 'number' && readAloudRate >= minRate && readAloudRate <= maxRate) {
    settings.readAloudRate = readAloudRate
  }
  if (typeof timerSound === 'boolean') settings.timerSound = timerSound
  if (typeof turnSound === 'boolean') settings.turnSound = turnSound
  if (typeof easyMode === 'boolean') settings.easyMode = easyMode
  if (typeof highContrast === 'boolean') settings.highContrast = highContrast
  if (typeof hideCursors === 'boolean') settings.hideCursors = hideCursors
  if (typeof phoneView === 'boolean') settings.phoneView = phoneView
  if ((textSizes as readonly unknown[]).includes(textSize)) settings.textSize = textSize as TextSize
  if (reduceMotion === 'system' || reduceMotion === 'on' || reduceMotion === 'off')
    settings.reduceMotion = reduceMotion
  return settings
}

/** The speed choice closest to a rate (a stored rate may be between choices). */
export function nearestReadAloudSpeed(rate: number): ReadAloudSpeed {
  const speeds = Object.entries(readAloudRates) as Array<[ReadAloudSpeed, number]>
  return speeds.reduce((best, speed) =>
    Math.abs(speed[1] - rate) < Math.abs(best[1] - rate) ? speed : best,
  )[0]
}

const listeners = new Set<() => void>()
let current: MySettings | null = null

function storage(): Storage | null {
  try {
    return window.localStorage
  } catch {
    // Storage can be blocked (private modes, strict settings): settings then last for this visit.
    return null
  }
}

/** This person's settings now. */
export function readMySettings(): MySettings {
  if (current) return current
  let stored: unknown = null
  try {
    stored = JSON.parse(storage()?.getItem(storageKey) ?? 'null')
  } catch {
    stored = null
  }
  current = decodeMySettings(stored)
  return current
}

/** Changes some settings, keeps them on this device and tells everyone listening. */
export function updateMySettings(change: Partial<MySettings>): MySettings {
  current = decodeMySettings({ ...readMySettings(), ...change })
  try {
    storage()?.setItem(storageKey, JSON.stringify(current))
  } catch {
    // Full or blocked storage: the change still holds until the page closes.
  }
  for (const listener of listeners) listener()
  return current
}

/** Calls `listener` after every change; returns the function that stops it. */
export function subscribeMySettings(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** This person's settings, re-rendering when they change. */
export function useMySettings(): MySettings {
  return useSyncExternalStore(subscribeMySettings, readMySettings)
}
