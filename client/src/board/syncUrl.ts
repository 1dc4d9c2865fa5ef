/** The sync endpoint on the page's own origin (ws: or wss: to match http: or https:). */
export function syncUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`
}
