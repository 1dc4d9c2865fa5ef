import { useSyncExternalStore } from 'react'

/**
 * How far the server's clock is ahead of this device's, in ms. A timer's
 * end is a time on the server's clock; counting down against our own clock
 * plus this offset shows the same time left on every screen, even when a
 * device's clock is wrong.
 *
 * Estimated from `GET /api/time` like NTP does: the server's time is taken
 * to be half way through the round trip, and the sample with the shortest
 * round trip wins. Measured again when the page wakes up or comes back
 * online, since a sleeping laptop's clock may have drifted.
 */
let offsetMs = 0
let measuring: Promise<void> | null = null
let started = false
const listeners = new Set<() => void>()

async function sample(): Promise<{ offset: number; roundTrip: number } | null> {
  const sent = Date.now()
  try {
    const response = await fetch('/api/time', { cache: 'no-store' })
    const received = Date.now()
    const { serverNow } = (await response.json()) as { serverNow?: unknown }
    if (typeof serverNow !== 'number') return null
    return { offset: serverNow - (sent + received) / 2, roundTrip: received - sent }
  } catch {
    // Offline: keep the last estimate.
    return null
  }
}

/** Measures the offset again (three samples, the quickest one counts). */
export function measureServerClock(): Promise<void> {
  measuring ??= (async () => {
    let best: { offset: number; roundTrip: number } | null = null
    for (let i = 0; i < 3; i++) {
      const next = await sample()
      if (next && (!best || next.roundTrip < best.roundTrip)) best = next
    }
    if (best) {
      offsetMs = best.offset
      for (const listener of listeners) listener()
    }
  })().finally(() => {
    measuring = null
  })
  return measuring
}

/** Starts measuring (once), and again on each wake-up; for code that reads `serverNow` without a hook. */
export function startMeasuring(): void {
  if (started) return
  started = true
  void measureServerClock()
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void measureServerClock()
  })
  window.addEventListener('online', () => void measureServerClock())
}

function subscribe(listener: () => void): () => void {
  startMeasuring()
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The server's clock now, by this device's reckoning. */
export function serverNow(): number {
  return Date.now() + offsetMs
}

/** The current offset; re-renders when a new measurement changes it. */
export function useServerClockOffset(): number {
  return useSyncExternalStore(subscribe, () => offsetMs)
}
