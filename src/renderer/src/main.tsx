import './zod-jitless'
import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import '@mantine/dates/styles.css'
import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { ApiProvider } from './api/api-context'
import { createClient } from './api/client'
import { AppDatesProvider } from './components/dates/AppDatesProvider'
import { chooseTransport } from './api/transport'
import { App } from './app/App'
import { initI18n } from './i18n'
import { systemLanguage } from './i18n/language'
import { theme } from './theme'

const startUp = chooseTransport()
initI18n(systemLanguage(startUp.languageHint, navigator.language))
const client = createClient(startUp.transport)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element.')

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
