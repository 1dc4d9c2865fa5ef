import { useEffect, useRef, type ReactNode } from 'react'
import { text } from '../text.ts'

/**
 * A modal dialog on the native <dialog> element: it keeps focus inside,
 * closes with Escape, and gives focus back to what opened it.
 */
export function Dialog({
  title,
  onClose,
  children,
  testId,
}: {
  title: string
  onClose: () => void
  children: ReactNode
  testId?: string
}) {
  const ref = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const dialog = ref.current
    const opener = document.activeElement as HTMLElement | null
    dialog?.showModal()
    return () => {
      dialog?.close()
      opener?.focus?.()
    }
  }, [])
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="dialog-title"
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
    >
      <div className="dialog-header">
        <h2 id="dialog-title">{title}</h2>
        <button type="button" className="button" onClick={onClose}>
          {text.invite.close}
        </button>
      </div>
      {children}
    </dialog>
  )
}
