/**
 * A stable id for this browser, used as the tldraw user id when a person
 * has no participant id (a viewer), so tldraw can tell its own cursor apart.
 */
const idKey = 'wesee.userId'

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
