import { boardT, type BoardLanguage } from '@wesee/shared'

/** Every word of the payment record, in the board's language, from the `board` catalogue. */
export function paymentWordsIn(language: BoardLanguage) {
  const t = boardT(language)
  const column = (key: string) => t(`payment.columns.${key}`)
  return {
    heading: (title: string) => t('payment.heading', { title }),
    made: (when: string, zone: string) => t('payment.made', { when, zone }),
    what: t('payment.what'),
    rate: (hour: string, minimum: string | null) =>
      minimum ? t('payment.rateWithMinimum', { hour, minimum }) : t('payment.rate', { hour }),
    noRate: t('payment.noRate'),
    gap: t('payment.gap'),
    names: t('payment.names'),
    refHint: t('payment.refHint'),
    total: t('payment.total'),
    totalAmount: (amount: string) => t('payment.totalAmount', { amount }),
    stillHere: t('payment.stillHere'),
    someone: t('common.someone'),
    csvHeader: [
      'who',
      'reference',
      'date',
      'arrived',
      'left',
      'minutes',
      'amount',
      'personTotalMinutes',
      'personTotalAmount',
    ].map(column),
    tableHeader: ['date', 'arrived', 'left', 'minutes', 'amount'].map(column),
  }
}
