/** Saves a blob as a download under `name` (the browser's own download, no new window). */
export function downloadFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

// Characters file systems refuse, and control characters.
// eslint-disable-next-line no-control-regex
const unsafeInFileNames = /[\\/:*?"<>|\u0000-\u001f]/g

/** A file name without characters file systems refuse. */
export function safeFileName(name: string): string {
  return name.replace(unsafeInFileNames, '_').trim().slice(0, 120) || 'board'
}
