import { useEffect } from 'react'
import { readMySettings, useMySettings, type MySettings } from './mySettings.ts'

/** True when this person wants no animated movement: their own choice first, else their device's. */
export function wantsReducedMotion(settings: MySettings = readMySettings()): boolean {
  if (settings.reduceMotion === 'on') return true
  if (settings.reduceMotion === 'off') return false
  return (
    typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches
  )
}

/**
 * Puts the display choices on the page's root element as data attributes,
 * where the style sheet picks them up (bigger text, high contrast, no
 * motion, hidden cursors, easy mode).
 */
export function applyDisplaySettings(
  settings: MySettings,
  root: HTMLElement = document.documentElement,
): void {
  root.dataset.textSize = settings.textSize
  root.dataset.highContrast = String(settings.highContrast)
  root.dataset.reduceMotion = String(wantsReducedMotion(settings))
  root.dataset.hideCursors = String(settings.hideCursors || settings.easyMode)
  root.dataset.easyMode = String(settings.easyMode)
}

/** Keeps the page's root element in step with My settings. Mount once, at the top. */
export function useDisplaySettings(): MySettings {
  const settings = useMySettings()
  useEffect(() => applyDisplaySettings(settings), [settings])
  return settings
}
