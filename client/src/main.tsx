import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App.tsx'
import { prepareLiveRegion } from './a11y/announce.ts'
import { startLanguage } from './i18n/chosenLanguage.ts'
import './styles.css'

const root = document.getElementById('root')
if (!root) throw new Error('The page has no #root element')
// Live regions must exist, empty, before their first message.
prepareLiveRegion()
// The person's language first, so the first words shown are already theirs.
void startLanguage().then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
)
