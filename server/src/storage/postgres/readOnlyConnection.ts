/** What makes every transaction on a connection read only, as a PostgreSQL start-up option. */
const readOnlyOption = '-c default_transaction_read_only=on'

/**
 * The pool settings that open `connectionString` read only, for `pnpm
 * wesee check`. The option goes beside the address, and also into the
 * address's own `options` when it has one: pg lets the address's values
 * replace those given beside it, so an address that sets options of its
 * own (a search path, a time limit) would otherwise drop read only
 * without a word.
 */
export function readOnlyConnection(connectionString: string): { connectionString: string; options: string } {
  const query = connectionString.indexOf('?')
  // A socket path ("/var/run/postgresql db") or an address without a query: nothing there to replace ours.
  if (connectionString.startsWith('/') || query === -1) return { connectionString, options: readOnlyOption }
  const params = new URLSearchParams(connectionString.slice(query + 1))
  const own = params.get('options')
  if (own === null) return { connectionString, options: readOnlyOption }
  params.set('options', `${own} ${readOnlyOption}`)
  return {
    connectionString: `${connectionString.slice(0, query)}?${params.toString()}`,
    options: readOnlyOption,
  }
}
