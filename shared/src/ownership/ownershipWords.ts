/**
 * What a person is told when the server puts back a change they were not
 * allowed to make (short, plain, and saying who can).
 */
export const ownershipWords = {
  notYourNote: 'Only the person who wrote this note can change it.',
  notYourThing: 'Only the person who added this can change it.',
  onlyFacilitator: 'Only the facilitator can change this.',
  lockIsFacilitators: 'Only the facilitator can lock or unlock things.',
  notThisServer: 'Pictures and links can only come from this board. It was left out.',
} as const
