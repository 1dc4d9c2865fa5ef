import { atom } from 'tldraw'

/**
 * Asks the board's group view to bring this person back to the group's step
 * (as "Back to the group" does), from anywhere on the page: "Take me to
 * where the group is" in the story so far. Each request adds one.
 */
export const backToGroupRequests = atom('back to the group requests', 0)

export function askBackToGroup(): void {
  backToGroupRequests.update((count) => count + 1)
}
