import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react'
import {
  maxVersionNameLength,
  type RestoredVersion,
  type VersionInfo,
  type VersionList,
  type VersionPreview as VersionPreviewBody,
} from '@wesee/shared'
import { ApiRequestError } from '../api/apiClient.ts'
import { announce } from '../a11y/announce.ts'
import { useBoardSession } from '../facilitation/BoardSession.ts'
import { Dialog } from '../facilitation/Dialog.tsx'
import { text } from '../text.ts'
import { apiJson, boardApiPath } from './revisitApi.ts'
import { VersionPreview } from './VersionPreview.tsx'
import { keptWords, sizeInWords } from './versionKeptWords.ts'
import { formatWhen } from '../i18n/dates.ts'

/** How a version is called in the list: what made it, and its name when it has one. */
export function versionLabel(version: VersionInfo): string {
  const when = formatWhen(new Date(version.createdAt))
  // Named by what happened: "After the vote on What do we see now?".
  const happened = version.name ? text.versions.happened(version.trigger, version.name) : null
  if (happened) return `${happened}, ${when}`
  const why = text.versions.trigger[version.trigger] ?? text.versions.untitled
  return version.name ? `${version.name} — ${why}, ${when}` : `${why}, ${when}`
}

/** The facilitator's versions: save one by name, look at one, go back to one. */
export function VersionsDialog({ onClose }: { onClose: () => void }) {
  const { boardId, boardKey } = useBoardSession()
  const [versions, setVersions] = useState<VersionInfo[] | null>(null)
  const [boardBytes, setBoardBytes] = useState<number | null>(null)
  const [name, setName] = useState('')
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [preview, setPreview] = useState<{ version: VersionInfo; records: unknown[] } | null>(null)
  const [confirming, setConfirming] = useState<VersionInfo | null>(null)
  const confirmHeading = useRef<HTMLHeadingElement>(null)

  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<T | null> => {
    setBusy(true)
    setProblem(null)
    try {
      return await work()
    } catch (error) {
      setProblem(error instanceof ApiRequestError ? error.message : text.errors.generic)
      return null
    } finally {
      setBusy(false)
    }
  }, [])

  const load = useCallback(async () => {
    const list = await run(() => apiJson<VersionList>(boardApiPath(boardId, '/versions'), { key: boardKey }))
    if (list) {
      setVersions(list.versions)
      setBoardBytes(list.storage.total)
    }
  }, [boardId, boardKey, run])

  useEffect(() => {
    void load()
  }, [load])

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus()
  }, [confirming])

  async function save(event: FormEvent) {
    event.preventDefault()
    const saved = await run(() =>
      apiJson<VersionInfo>(boardApiPath(boardId, '/versions'), {
        method: 'POST',
        key: boardKey,
        body: JSON.stringify({ name }),
      }),
    )
    if (!saved) return
    setName('')
    setDone(text.versions.saved(saved.name ?? ''))
    await load()
  }

  async function look(version: VersionInfo) {
    const body = await run(() =>
      apiJson<VersionPreviewBody>(boardApiPath(boardId, `/versions/${encodeURIComponent(version.id)}`), {
        key: boardKey,
      }),
    )
    if (body) setPreview({ version, records: body.records })
  }

  async function restore(version: VersionInfo) {
    const result = await run(() =>
      apiJson<RestoredVersion>(boardApiPath(boardId, `/versions/${encodeURIComponent(version.id)}/restore`), {
        method: 'POST',
        key: boardKey,
        body: '{}',
      }),
    )
    setConfirming(null)
    if (!result) return
    const message = text.versions.restored(version.name ?? versionLabel(version))
    setDone(message)
    announce(message)
    setPreview(null)
    await load()
  }

  return (
    <Dialog title={text.versions.heading} onClose={onClose} testId="versions-dialog">
      <p className="hint">{text.versions.intro}</p>
      {boardBytes !== null && (
        <p className="hint" data-testid="board-size">
          {text.versions.boardSize(sizeInWords(boardBytes))}
        </p>
      )}
      <form className="revisit-section" onSubmit={(event) => void save(event)}>
        <label htmlFor="version-name">{text.versions.nameLabel}</label>
        <input
          id="version-name"
          value={name}
          maxLength={maxVersionNameLength}
          placeholder={text.versions.namePlaceholder}
          onChange={(event) => setName(event.target.value)}
          autoComplete="off"
        />
        <div className="button-row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? text.versions.saving : text.versions.save}
          </button>
        </div>
      </form>
      {problem && (
        <p className="message message-problem" role="alert">
          {problem}
        </p>
      )}
      {done && (
        <p className="message message-done" role="status">
          {done}
        </p>
      )}
      {confirming && (
        <section className="revisit-section" aria-labelledby="restore-heading">
          <h3 id="restore-heading" ref={confirmHeading} tabIndex={-1}>
            {text.versions.restoreConfirmHeading}
          </h3>
          <p>{versionLabel(confirming)}</p>
          <p>{text.versions.restoreConfirm}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button-primary"
              disabled={busy}
              onClick={() => void restore(confirming)}
            >
              {text.versions.restoreYes}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(null)}>
              {text.versions.cancel}
            </button>
          </div>
        </section>
      )}
      {preview && (
        <section className="revisit-section" aria-labelledby="preview-heading">
          <h3 id="preview-heading">{text.versions.previewHeading(versionLabel(preview.version))}</h3>
          <p className="hint">{text.versions.previewHint}</p>
          <VersionPreview records={preview.records} label={versionLabel(preview.version)} />
        </section>
      )}
      <section className="revisit-section" aria-labelledby="versions-list-heading">
        <h3 id="versions-list-heading">{text.versions.listCaption}</h3>
        {versions?.length === 0 && <p>{text.versions.none}</p>}
        <ul className="version-list" data-testid="version-list">
          {versions?.map((version) => (
            <li key={version.id} className="version-item">
              <span className="version-item-words">
                {versionLabel(version)}
                {keptWords(version.kept) && (
                  <span className="version-item-kept">{keptWords(version.kept)}</span>
                )}
              </span>
              <button
                type="button"
                className="button"
                aria-label={`${text.versions.look}: ${versionLabel(version)}`}
                onClick={() => void look(version)}
              >
                {text.versions.look}
              </button>
              <button
                type="button"
                className="button"
                aria-label={`${text.versions.restore}: ${versionLabel(version)}`}
                onClick={() => setConfirming(version)}
              >
                {text.versions.restore}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </Dialog>
  )
}
