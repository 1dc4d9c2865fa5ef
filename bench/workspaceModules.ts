/**
 * The bench runs from the repository root, and the root package.json depends
 * on neither `@wesee/shared` nor `y-utility`. Until it does, this is the one
 * file that reaches them, through the packages that depend on them (the
 * shared package's public surface, and the server's copy of y-utility, which
 * is the same install the client uses). Every other bench file imports from
 * here, so adding the two root dependencies means changing only this file.
 */
export { YKeyValue } from '../server/node_modules/y-utility/y-keyvalue.js'
export {
  firstPageId,
  formatDocName,
  recordsArrayName,
  validateRecord,
  type TLRecord,
} from '../shared/src/index.ts'
