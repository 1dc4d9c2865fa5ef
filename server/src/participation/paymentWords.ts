/** Every word of the payment record, in one place (plain words, ready for translation). */
export const paymentWords = {
  heading: (title: string) => `Payment record: ${title}`,
  made: (when: string, zone: string) => `Made on ${when} (${zone} time).`,
  what: 'This is a record of the time each person took part. It is not payroll.',
  rate: (hour: string, minimum: string | null) =>
    minimum ? `Pay: ${hour} an hour, and at least ${minimum} for each session.` : `Pay: ${hour} an hour.`,
  noRate: 'No pay has been set for this board, so only the time is shown.',
  gap: 'Short breaks (under 10 minutes) count as time taken part.',
  names: 'People are named only if they agreed. Others are shown by their picture and a short reference.',
  refHint: 'You can match the reference with the list in "Who is here".',
  total: 'Total',
  stillHere: 'still here',
  csvHeader: [
    'Who',
    'Reference',
    'Date',
    'Arrived',
    'Left',
    'Minutes',
    'Amount',
    'Person total minutes',
    'Person total amount',
  ],
  tableHeader: ['Date', 'Arrived', 'Left', 'Minutes', 'Amount'],
} as const
