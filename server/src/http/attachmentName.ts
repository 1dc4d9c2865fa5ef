/**
 * A Content-Disposition value that downloads a file under a readable name.
 * The plain `filename` keeps only safe ASCII; `filename*` carries the full
 * name (accents, other scripts) for browsers that read it.
 */
export function attachmentName(name: string): string {
  const ascii = name.replace(/[^A-Za-z0-9 ._()-]/g, '_').slice(0, 150) || 'download'
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name.slice(0, 150))}`
}
