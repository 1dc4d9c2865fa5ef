import { imageShapeProps, vecModelValidator, type RecordProps, type TLBaseShape } from '@tldraw/tlschema'

/**
 * tldraw's `T.Validatable<V>`: what a shape's props are made of. Named
 * through `RecordProps` because `shared` cannot name `@tldraw/validate`.
 */
export type Validatable<V> = RecordProps<TLBaseShape<'validatable', { value: V }>>['value']

/** The validators of an object's fields, one per field. */
export type ValidatorConfig<Shape extends object> = { [K in keyof Shape]: Validatable<Shape[K]> }

// tlschema's `vecModelValidator` is `T.object({...})`, so its constructor is
// tldraw's `T.ObjectValidator` class.
const ObjectValidator = vecModelValidator.constructor as new <Shape extends object>(
  config: ValidatorConfig<Shape>,
) => Validatable<Shape>

/**
 * The few of tldraw's `T` validators WeSee's custom shapes need.
 *
 * `T` lives in `@tldraw/validate`, which `shared` does not list as a
 * dependency (only `@tldraw/tlschema`, which is built on it), and pnpm does
 * not let a package import what it does not list. tlschema's default shapes
 * are made of these very validators, so we take them from there: the same
 * objects, with tldraw's checks and error messages. When `@tldraw/validate`
 * is added to shared's dependencies, replace this with
 * `import { T } from '@tldraw/validate'`.
 */
export const T = {
  /** `T.string` (the image shape's `altText`). */
  string: imageShapeProps.altText as Validatable<string>,
  /** `T.nonZeroNumber` (the image shape's `w`). */
  nonZeroNumber: imageShapeProps.w as Validatable<number>,
  /** `T.object(config)`: rejects missing fields and fields it does not know. */
  object<Shape extends object>(config: ValidatorConfig<Shape>): Validatable<Shape> {
    return new ObjectValidator<Shape>(config)
  },
  /**
   * Like `validator.check(checkFn)`: the value must also pass `checkFn`,
   * which throws a plain-words error when it does not.
   */
  check<V>(validator: Validatable<V>, checkFn: (value: V) => void): Validatable<V> {
    return {
      validate(value: unknown): V {
        const valid = validator.validate(value)
        checkFn(valid)
        return valid
      },
    }
  },
}
