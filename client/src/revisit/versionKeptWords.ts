import { findStage, isStageId, numberFormat, VersionKeptReason, type VersionKept } from '@wesee/shared'
import { i18n } from '../i18n/i18n.ts'
import { text } from '../text.ts'

/** Why the server keeps a version, in words ("Kept: you named it"). */
export function keptWords(kept: VersionKept | null | undefined): string | null {
  if (kept === undefined) return null
  if (kept === null) return text.versions.kept.goes
  switch (kept.reason) {
    case VersionKeptReason.Named:
      return text.versions.kept.named
    case VersionKeptReason.Recent:
      return text.versions.kept.recent
    case VersionKeptReason.Session:
      return text.versions.kept.session
    case VersionKeptReason.Month:
      return text.versions.kept.month
    case VersionKeptReason.StageLatest:
      return isStageId(kept.stage)
        ? text.versions.kept['stage-latest'](findStage(kept.stage).title)
        : text.versions.kept['before-stages']
  }
}

/** How many bytes, in the language's own units: "3.2 MB". */
export function sizeInWords(bytes: number): string {
  const units = [
    [1e9, 'gigabyte'],
    [1e6, 'megabyte'],
    [1e3, 'kilobyte'],
  ] as const
  const [divisor, unit] = units.find(([size]) => bytes >= size) ?? [1, 'byte']
  return numberFormat(i18n.language, { style: 'unit', unit, maximumFractionDigits: 1 }).format(
    bytes / divisor,
  )
}
