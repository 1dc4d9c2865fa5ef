import { errorCodeName, isErrorReason, sourceLanguage, type ReceivedApiError } from '@wesee/shared'
import { i18n } from '../i18n/i18n.ts'
import { text } from '../text.ts'

/**
 * What a person reads when the server refuses something: the words for its
 * reason, in their language. For a reason this client does not know (a
 * newer server) or none, a screen in English shows the server's own words
 * (they are English, and say more than the code's words); any other
 * language says the words for its code; else the generic words. So the
 * server's English sentence never shows where the person's language has words.
 */
export function errorWords(answer: Pick<ReceivedApiError, 'code' | 'reason' | 'values' | 'message'>): string {
  if (isErrorReason(answer.reason)) return text.errors.reason(answer.reason, answer.values)
  const codeName = errorCodeName(answer.code)
  if (!codeName) return text.errors.generic
  if (i18n.resolvedLanguage === sourceLanguage && answer.message.trim()) return answer.message
  return text.errors.code(codeName)
}
