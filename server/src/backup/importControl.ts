import { nanoid } from 'nanoid'
import {
  importSectionPolicy,
  initialControlSections,
  readControlSection,
  type BackupControl,
  type ControlSections,
} from '@wesee/shared'

/**
 * The control doc an imported board starts with, section by section
 * (importSectionPolicy, docs/revisit.md): what describes the board comes
 * along as its schema allows; the live session the server owns (a vote and
 * its ballots, private writing, following, bringing everyone, the timer)
 * starts fresh; finished votes' results keep their counts under new ids;
 * sections without a schema are left out. Nothing in the new board can
 * point at another board's ballots.
 */
export function importedControl(control: BackupControl, joinCode?: string): BackupControl {
  const sections: Record<string, unknown> = { ...initialControlSections }
  for (const name of Object.keys(importSectionPolicy) as Array<keyof ControlSections>) {
    const policy = importSectionPolicy[name]
    if (policy === 'reset' || !(name in control.state)) continue
    sections[name] = readControlSection(control.state[name], name)
  }
  const joining = sections.joining as ControlSections['joining']
  // The board's own join code goes where the joining section shows it (the file carries none;
  // a version's copy shows none either).
  sections.joining = joinCode === undefined ? { open: joining.open } : { open: joining.open, code: joinCode }
  sections.voteResults = (sections.voteResults as ControlSections['voteResults']).map((past) => ({
    ...past,
    id: nanoid(12),
  }))
  return { state: sections, participants: control.participants }
}
