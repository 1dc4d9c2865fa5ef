import { isPictureNoteSrc } from '../shapes/pictureNote.ts'

/**
 * Pictures and links a board may load come only from this WeSee server: an
 * upload (`/api/assets/<hash>`) or a library picture (`/pictures/<HEX>.svg`),
 * always as a path relative to the server. Another host would see the IP
 * address of everyone who opens the board.
 */
export function isOwnAddress(address: unknown): boolean {
  if (address === null || address === undefined || address === '') return true
  return typeof address === 'string' && isPictureNoteSrc(address)
}

interface AddressCarrier {
  typeName: string
  type?: string
  props?: Record<string, unknown>
}

/** Which props of which records the browser fetches or frames (asset sources, bookmarks, embeds). */
const fetchedProps: Record<string, Record<string, readonly string[]>> = {
  asset: { image: ['src'], video: ['src'], bookmark: ['src', 'image', 'favicon'] },
  shape: { bookmark: ['url'], embed: ['url'] },
}

/** The first address in a record that is not this server's own, or null when there is none. */
export function foreignAddressIn(record: AddressCarrier): string | null {
  const props = fetchedProps[record.typeName]?.[record.type ?? ''] ?? []
  for (const name of props) {
    const value = record.props?.[name]
    if (!isOwnAddress(value)) return String(value)
  }
  return null
}
