import { useValue } from 'tldraw'
import { text } from '../text.ts'
import { listViewOpen, setListViewOpen } from './listViewState.ts'
import { Icon } from '../icons/Icon.tsx'

/** Switches between the canvas and the list. Everyone has it, viewers too. */
export function ViewSwitch({ onSwitched }: { onSwitched?: () => void } = {}) {
  const open = useValue('list view open', () => listViewOpen.get(), [])
  return (
    <button
      type="button"
      className="button view-switch"
      aria-pressed={open}
      onClick={() => {
        setListViewOpen(!open)
        onSwitched?.()
      }}
      data-testid="view-switch"
    >
      <Icon name={open ? 'picture' : 'list'} /> {open ? text.list.hide : text.list.show}
    </button>
  )
}
