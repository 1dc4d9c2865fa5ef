/**
 * A soft, short chime made with WebAudio (no sound file to fetch): two
 * gentle sine tones that fade in and out, quiet enough not to startle.
 * Browsers only allow sound after the person has done something on the page,
 * so `prepareChime` is called from the click that turns sounds on.
 */
let context: AudioContext | null = null

function audioContext(): AudioContext | null {
  if (context) return context
  const Constructor =
    window.AudioContext ??
    (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext
  if (!Constructor) return null
  try {
    context = new Constructor()
  } catch {
    return null
  }
  return context
}

/** Wakes the audio up inside a click, so the chime may play later. */
export function prepareChime(): void {
  void audioContext()
    ?.resume()
    .catch(() => {})
}

export function playSoftChime(): void {
  const audio = audioContext()
  if (!audio) return
  void audio.resume().catch(() => {})
  const start = audio.currentTime + 0.05
  // A falling major third: calm, "done" rather than "alarm".
  for (const [i, frequency] of [659.25, 523.25].entries()) {
    const at = start + i * 0.45
    const tone = audio.createOscillator()
    const volume = audio.createGain()
    tone.type = 'sine'
    tone.frequency.value = frequency
    volume.gain.setValueAtTime(0, at)
    volume.gain.linearRampToValueAtTime(0.12, at + 0.08)
    volume.gain.exponentialRampToValueAtTime(0.0001, at + 0.9)
    tone.connect(volume).connect(audio.destination)
    tone.start(at)
    tone.stop(at + 1)
  }
}
