import { useMemo, useState } from 'react'
import { boardT, Role } from '@wesee/shared'
import { announce } from '../a11y/announce.ts'
import { ApiRequestError } from '../api/apiClient.ts'
import { useCurrentEditor } from '../board/currentEditor.ts'
import { useBoardSession } from '../facilitation/BoardSession.ts'
import { Dialog } from '../facilitation/Dialog.tsx'
import { text } from '../text.ts'
import {
  boardPdf,
  boardPicture,
  framesInStageOrder,
  shapesFor,
  type PictureFormat,
  type PictureScope,
} from './boardPictures.ts'
import type { PaperSize } from './pdf/layoutReport.ts'
import { downloadFile, safeFileName } from './downloadFile.ts'
import { apiFile, boardApiPath } from './revisitApi.ts'

type ScopeKind = PictureScope['kind']

// The choices each list offers, in the order shown (their words are in the catalogue).
const scopeKinds: readonly ScopeKind[] = ['frame', 'board', 'selection']
const formats: readonly PictureFormat[] = ['png', 'svg']
const paperSizes: readonly PaperSize[] = ['a4', 'letter']

/**
 * "Save and share": the credited summary (to read here, or download as a
 * web page, Markdown or a notes spreadsheet), pictures of the board (PNG,
 * SVG, a PDF with a page per frame) and, for the facilitator, a backup.
 */
export function ExportDialog({
  onClose,
  onOpenVersions,
}: {
  onClose: () => void
  /** Facilitator only: switch to the Versions dialog. */
  onOpenVersions?: () => void
}) {
  const { boardId, boardKey, title, role, control, language } = useBoardSession()
  const editor = useCurrentEditor()
  const stages = control?.stages
  const people = control?.participants ?? []
  const frames = useMemo(() => (editor ? framesInStageOrder(editor, stages ?? []) : []), [editor, stages])
  const [summaryHtml, setSummaryHtml] = useState<string | null>(null)
  // One step at a time by default: a whole board is too wide to read in most viewers.
  const [scope, setScope] = useState<ScopeKind>(() => (frames.length > 0 ? 'frame' : 'board'))
  const [frameId, setFrameId] = useState<string>('')
  const [format, setFormat] = useState<PictureFormat>('png')
  const [paper, setPaper] = useState<PaperSize>('a4')
  const [withVersions, setWithVersions] = useState(true)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const baseName = safeFileName(title)
  // The files are the board's, in its language, as the server names them.
  const fileName = (kind: 'summary' | 'easyRead' | 'notes') =>
    boardT(language)(`files.${kind}`, { title: baseName })
  const chosenFrame = frameId || frames[0]?.id || ''

  async function run(work: () => Promise<{ blob: Blob; name: string } | string>) {
    setBusy(true)
    setProblem(null)
    setDone(null)
    try {
      const result = await work()
      if (typeof result === 'string') {
        setProblem(result)
        return
      }
      downloadFile(result.blob, result.name)
      setDone(text.exports.done(result.name))
      announce(text.exports.done(result.name))
    } catch (error) {
      setProblem(error instanceof ApiRequestError ? error.message : text.errors.generic)
    } finally {
      setBusy(false)
    }
  }

  const serverFile = (path: string, fallback: string) => () =>
    apiFile(boardApiPath(boardId, path), boardKey, fallback)

  async function toggleSummary() {
    if (summaryHtml !== null) {
      setSummaryHtml(null)
      return
    }
    setProblem(null)
    try {
      const file = await apiFile(boardApiPath(boardId, '/summary?format=html'), boardKey, 'summary.html')
      setSummaryHtml(await file.blob.text())
    } catch (error) {
      setProblem(error instanceof ApiRequestError ? error.message : text.errors.generic)
    }
  }

  const picture = () =>
    run(async () => {
      if (!editor) return text.errors.generic
      const chosen: PictureScope =
        scope === 'frame' ? { kind: 'frame', frameId: chosenFrame } : { kind: scope }
      const ids = shapesFor(editor, chosen)
      if (ids.length === 0)
        return scope === 'selection' ? text.exports.nothingSelected : text.exports.nothingToExport
      const part =
        scope === 'frame' ? ` - ${safeFileName(frames.find((f) => f.id === chosenFrame)?.title ?? '')}` : ''
      return {
        blob: await boardPicture(editor, people, ids, format),
        name: `${baseName}${part}.${format}`,
      }
    })

  const pdf = () =>
    run(async () => {
      if (!editor || !control) return text.errors.generic
      if (frames.length === 0) return text.exports.noFrames
      return {
        blob: await boardPdf(editor, { title, control, frames, paper, now: new Date() }),
        name: `${baseName}.pdf`,
      }
    })

  return (
    <Dialog title={text.exports.heading} onClose={onClose} testId="export-dialog">
      {problem && (
        <p className="message message-problem" role="alert">
          {problem}
        </p>
      )}
      {done && <p className="message message-done">{done}</p>}

      {onOpenVersions && (
        <section className="revisit-section" aria-labelledby="versions-heading">
          <h3 id="versions-heading">{text.versions.heading}</h3>
          <p className="hint">{text.versions.intro}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={onOpenVersions}>
              {text.versions.button}
            </button>
          </div>
        </section>
      )}

      <section className="revisit-section" aria-labelledby="summary-heading">
        <h3 id="summary-heading">{text.exports.summaryHeading}</h3>
        <p className="hint">{text.exports.summaryIntro}</p>
        <div className="button-row">
          <button
            type="button"
            className="button button-primary"
            aria-expanded={summaryHtml !== null}
            onClick={() => void toggleSummary()}
          >
            {summaryHtml === null ? text.exports.showSummary : text.exports.hideSummary}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run(serverFile('/summary?format=html', `${fileName('summary')}.html`))}
          >
            {text.exports.downloadSummaryHtml}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run(serverFile('/summary?format=easyread', `${fileName('easyRead')}.html`))}
          >
            {text.exports.downloadEasyRead}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run(serverFile('/summary?format=md', `${fileName('summary')}.md`))}
          >
            {text.exports.downloadSummaryMd}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run(serverFile('/summary?format=csv', `${fileName('notes')}.csv`))}
          >
            {text.exports.downloadNotesCsv}
          </button>
        </div>
        {summaryHtml !== null && (
          // Sandboxed with nothing allowed: the summary is words and styles only.
          <iframe
            className="summary-frame"
            title={text.exports.summaryFrameTitle}
            sandbox=""
            srcDoc={summaryHtml}
          />
        )}
      </section>

      <section className="revisit-section" aria-labelledby="picture-heading">
        <h3 id="picture-heading">{text.exports.pictureHeading}</h3>
        <fieldset>
          <legend>{text.exports.whatLegend}</legend>
          {scopeKinds.map((kind) => (
            <label key={kind}>
              <input
                type="radio"
                name="export-scope"
                value={kind}
                checked={scope === kind}
                onChange={() => setScope(kind)}
              />
              {kind === 'board'
                ? text.exports.whole
                : kind === 'frame'
                  ? text.exports.frame
                  : text.exports.selection}
            </label>
          ))}
        </fieldset>
        {scope === 'frame' && frames.length > 0 && (
          <>
            <label htmlFor="export-frame">{text.exports.frameLabel}</label>
            <select
              id="export-frame"
              value={chosenFrame}
              onChange={(event) => setFrameId(event.target.value)}
            >
              {frames.map((frame) => (
                <option key={frame.id} value={frame.id}>
                  {frame.title}
                </option>
              ))}
            </select>
          </>
        )}
        <fieldset>
          <legend>{text.exports.formatLegend}</legend>
          {formats.map((kind) => (
            <label key={kind}>
              <input
                type="radio"
                name="export-format"
                value={kind}
                checked={format === kind}
                onChange={() => setFormat(kind)}
              />
              {kind === 'png' ? text.exports.png : text.exports.svg}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{text.exports.paperLegend}</legend>
          {paperSizes.map((kind) => (
            <label key={kind}>
              <input
                type="radio"
                name="export-paper"
                value={kind}
                checked={paper === kind}
                onChange={() => setPaper(kind)}
              />
              {text.exports.paper[kind]}
            </label>
          ))}
        </fieldset>
        <div className="button-row">
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={() => void picture()}
          >
            {busy ? text.exports.working : text.exports.downloadPicture}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => void pdf()}>
            {text.exports.downloadPdf}
          </button>
        </div>
      </section>

      {role === Role.Facilitator && (
        <section className="revisit-section" aria-labelledby="backup-heading">
          <h3 id="backup-heading">{text.exports.backupHeading}</h3>
          <p className="hint">{text.exports.backupIntro}</p>
          <label className="check-row">
            <input
              type="checkbox"
              checked={withVersions}
              onChange={(event) => setWithVersions(event.target.checked)}
            />
            {text.exports.includeVersions}
          </label>
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() =>
                void run(
                  serverFile(`/export?versions=${withVersions ? 1 : 0}`, `${baseName} - WeSee backup.json`),
                )
              }
            >
              {text.exports.downloadBackup}
            </button>
          </div>
        </section>
      )}
    </Dialog>
  )
}
