import { AppShell } from '@mantine/core'
import { useApiEvent } from '../api/use-api-event'
import { RestoreWatcher } from '../features/backups/RestoreWatcher'
import { TaskNotifier } from '../features/campaigns/TaskNotifier'
import { CoreRestartedBanner } from '../features/health/CoreRestartedBanner'
import { DamageBanner } from '../features/health/DamageBanner'
import { RecoveredAtStart } from '../features/health/RecoveredAtStart'
import { applyLanguageSetting } from '../i18n'
import { Navbar } from './Navbar'
import { SectionPage } from './SectionPage'

export function Shell() {
  // The language may be changed anywhere (another window, the settings page): follow it.
  useApiEvent('settings.changed', (settings) => {
    // Texts that cannot be fetched leave the language shown as it is.
    applyLanguageSetting(settings.language).catch(() => undefined)
  })

  return (
    // breakpoint 0: a desktop window keeps its sidebar however narrow it gets.
    <AppShell navbar={{ width: 248, breakpoint: 0 }} padding="xl">
      <AppShell.Navbar p="md">
        <Navbar />
      </AppShell.Navbar>
      <AppShell.Main bg="var(--mantine-color-gray-0)">
        <DamageBanner />
        <CoreRestartedBanner />
        <SectionPage />
        <TaskNotifier />
        <RestoreWatcher />
        <RecoveredAtStart />
      </AppShell.Main>
    </AppShell>
  )
}
