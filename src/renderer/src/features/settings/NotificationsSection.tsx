import { Alert, Paper, Switch, Title } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Settings } from '../../../../shared/settings'
import { errorMessage } from '../../i18n/error-message'
import { useInstantSave } from './use-instant-save'

interface Props {
  saved: Settings
  onSaved: (settings: Settings) => void
}

/**
 * Whether the computer's notifications name the customer the next message is for. Off unless the
 * owner turns it on: a notification shows on a locked screen. Saved the moment it is switched.
 */
export function NotificationsSection({ saved, onSaved }: Props) {
  const { t } = useTranslation()
  const { pending, error, save } = useInstantSave<boolean>(onSaved)
  const on = pending ?? saved.notificationsShowNames

  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4" mb="md">
        {t('settings.notificationsTitle')}
      </Title>
      <Switch
        label={t('settings.notificationsShowNames')}
        description={t('settings.notificationsShowNamesHint')}
        checked={on}
        disabled={pending !== undefined}
        onChange={(event) => {
          const value = event.currentTarget.checked
          void save(value, { notificationsShowNames: value })
        }}
      />
      {error !== undefined && (
        <Alert mt="md" color="red" icon={<IconAlertTriangle />} title={t('settings.saveFailed')}>
          {errorMessage(error, t)}
        </Alert>
      )}
    </Paper>
  )
}
