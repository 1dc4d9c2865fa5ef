/** The workspace modules the bench uses, in one place. */
export { YKeyValue } from 'y-utility/y-keyvalue'
export {
  firstPageId,
  formatDocName,
  noteShape,
  recordsArrayName,
  validateRecord,
  type TLRecord,
} from '@wesee/shared'
