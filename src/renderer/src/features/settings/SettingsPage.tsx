import { Alert, Button, Center, Loader, Stack } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useApiEvent } from '../../api/use-api-event'
import { useApiQuery } from '../../api/use-api-query'
import { PageLayout } from '../../components/PageLayout'
import { errorMessage } from '../../i18n/error-message'
import { BackupsSection } from '../backups/BackupsSection'
import { ExportEverythingSection } from '../backups/ExportEverythingSection'
import { SendersSection } from '../senders/SendersSection'
import { ConsentSection } from './ConsentSection'
import { DataFolderSection } from './DataFolderSection'
import { LanguageSection } from './LanguageSection'
import { NotificationsSection } from './NotificationsSection'
import { ShopSection } from './ShopSection'
import { UpdatesSection } from './UpdatesSection'
import { WebAnalyticsSection } from './WebAnalyticsSection'

export function SettingsPage() {
  const { t } = useTranslation()
  const { state, reload, set } = useApiQuery('settings.get', {})
  // Saved elsewhere (another window or tab): show what is true now.
  useApiEvent('settings.changed', set)

  return (
    <PageLayout title={t('settings.title')}>
      {state.status === 'loading' && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {state.status === 'failed' && (
        <Alert color="red" icon={<IconAlertTriangle />} title={t('settings.loadFailed')}>
          <Stack gap="sm" align="flex-start">
            {errorMessage(state.error, t)}
            <Button variant="white" color="red" size="xs" onClick={reload}>
              {t('settings.retry')}
            </Button>
          </Stack>
        </Alert>
      )}
      {state.status === 'ready' && (
        <>
          <LanguageSection saved={state.value} onSaved={set} />
          <ShopSection saved={state.value} onSaved={set} />
          <WebAnalyticsSection saved={state.value} onSaved={set} />
          <ConsentSection saved={state.value} onSaved={set} />
          <NotificationsSection saved={state.value} onSaved={set} />
        </>
      )}
      <SendersSection />
      <DataFolderSection />
      <UpdatesSection />
      <BackupsSection />
      <ExportEverythingSection />
    </PageLayout>
  )
}
