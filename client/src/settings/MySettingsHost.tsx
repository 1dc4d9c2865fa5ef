import { MySettingsDialog } from './MySettingsDialog.tsx'
import { mySettingsOpen, useMySettingsOpen } from './mySettingsOpen.ts'

/** Shows My settings when asked. Mount once per page, outside any toolbar. */
export function MySettingsHost() {
  const open = useMySettingsOpen()
  return open ? <MySettingsDialog onClose={() => mySettingsOpen.set(false)} /> : null
}
