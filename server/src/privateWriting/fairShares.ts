/**
 * Splits `total` places among writers who have `wants[i]` notes each. When
 * everything fits, everyone gets all of theirs. When it does not, the places
 * are shared out evenly, and whoever wants less than an even share gets all
 * of theirs: so a few people with hundreds of notes (or a script) cannot
 * keep everyone else's few notes off the board.
 */
export function fairShares(wants: readonly number[], total: number): number[] {
  const shares = wants.map(() => 0)
  const smallestFirst = wants.map((_, index) => index).sort((a, b) => wants[a]! - wants[b]!)
  let left = Math.max(0, Math.floor(total))
  smallestFirst.forEach((index, position) => {
    const even = Math.floor(left / (smallestFirst.length - position))
    const share = Math.min(wants[index]!, even)
    shares[index] = share
    left -= share
  })
  return shares
}
