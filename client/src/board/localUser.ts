/**
 * This browser's name and colour for presence. Proper joining (a picture and
 * a name per board) replaces the name prompt later; this keeps one name per
 * device until then.
 */
const nameKey = 'wesee.name'
const idKey = 'wesee.userId'

const colours = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#ff7f0e']

export function savedName(): string | null {
  try {
    return localStorage.getItem(nameKey)
  } catch {
    return null
  }
}

export function saveName(name: string): void {
  try {
    localStorage.setItem(nameKey, name)
  } catch {
    // Not remembered, but the board still works this time.
  }
}

/** A stable id for this browser, so tldraw can tell its own cursor apart. */
export function localUserId(): string {
  try {
    let id = localStorage.getItem(idKey)
    if (!id) {
      id = crypto.randomUUID()
      localStorage.setItem(idKey, id)
    }
    return id
  } catch {
    return crypto.randomUUID()
  }
}

/** A colour picked from the id, so a person keeps their colour across visits. */
export function colourFor(id: string): string {
  let hash = 0
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) | 0
  return colours[Math.abs(hash) % colours.length] ?? '#1f77b4'
}
