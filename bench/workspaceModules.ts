/** The workspace modules the bench uses, in one place. */
export { YKeyValue } from 'y-utility/y-keyvalue'
export {
  firstPageId,
  formatDocName,
  noteShape,
  recordsArrayName,
  shouldRetryAfterClose,
  validateRecord,
  type CreatedBoard,
  type JoinedBoard,
  type TLRecord,
} from '@wesee/shared'
