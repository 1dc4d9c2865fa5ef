import { pictureUrl } from '@wesee/shared'

/**
 * A small OpenMoji picture beside a button's words (served by WeSee, so it
 * looks the same on every device, unlike emoji fonts). Decorative: the
 * words carry the meaning.
 */
export function ButtonPicture({ id }: { id: string }) {
  return <img className="button-picture" src={pictureUrl(id)} alt="" width={26} height={26} />
}
