/**
 * Every word the interface shows, in one place, ready for translation.
 * Plain words, short sentences, no blame.
 */
export const text = {
  appName: 'WeSee',
  tagline: 'A shared board for working together, with pictures, notes and votes.',
  home: {
    createHeading: 'Start a new board',
    titleLabel: 'Name of the board',
    titlePlaceholder: 'For example: Our community café',
    createButton: 'Make the board',
    creating: 'Making the board…',
    yourBoardsHeading: 'Your boards',
    noBoards: 'Boards you make or open on this device will show here.',
    openBoard: (title: string) => `Open ${title}`,
    lastOpened: (when: string) => `Last opened ${when}`,
  },
  roles: {
    facilitator: 'Facilitator',
    participant: 'Taking part',
    viewer: 'View only',
  },
  board: {
    loading: 'Opening the board…',
    loadingOffline: 'You are offline. The board will open when you are back online.',
    namePromptHeading: 'What should we call you?',
    nameLabel: 'Your name',
    nameHint: 'Others will see this next to your pointer.',
    nameButton: 'Go to the board',
    backHome: 'Back to the start page',
  },
  status: {
    connected: 'Connected',
    reconnecting: 'Reconnecting…',
    offline: 'Offline — your changes are kept on this device',
    viewOnly: 'View only',
    wrongKey: 'This link does not work any more. Ask the facilitator for a new link.',
    notAllowed: 'This link cannot open this part of the board.',
    notFound: 'We could not find this board. It may have been deleted.',
    tooLarge: 'A change was too big to save. Try adding a smaller picture.',
    tooMany: 'The board is very busy. We will try again in a moment.',
  },
  errors: {
    generic: 'Something went wrong on our side. Your work is safe.',
    network: 'We could not reach the WeSee server. Check your internet and try again.',
  },
} as const
