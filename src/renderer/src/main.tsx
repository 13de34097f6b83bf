// First: sends the first screen's questions before the rest of the code is evaluated.
import { client, startUp } from './app/early-start'
import './styles/first-screen-styles'
import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ApiProvider } from './api/api-context'
import { AppDatesProvider } from './components/dates/AppDatesProvider'
import { App } from './app/App'
import { initI18n } from './i18n'
import { systemLanguage } from './i18n/language'
import { theme } from './theme'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element.')

// Rendered at once: a loader without words shows until the boot has the chosen language's texts.
initI18n(systemLanguage(startUp.languageHint, navigator.language))
createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <Notifications />
      <AppDatesProvider>
        <ApiProvider client={client}>
          <App shell={startUp.shell} />
        </ApiProvider>
      </AppDatesProvider>
    </MantineProvider>
  </StrictMode>,
)
