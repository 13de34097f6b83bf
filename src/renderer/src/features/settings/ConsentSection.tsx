import { Alert, Paper, Switch, Text, Title } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { Settings } from '../../../../shared/settings'
import { errorMessage } from '../../i18n/error-message'
import { useInstantSave } from './use-instant-save'

interface Props {
  saved: Settings
  onSaved: (settings: Settings) => void
}

/** Who may get broadcasts by consent; saved the moment it is switched, like the language. */
export function ConsentSection({ saved, onSaved }: Props) {
  const { t } = useTranslation()
  const { pending, error, save } = useInstantSave<boolean>(onSaved)
  const change = (value: boolean) => save(value, { broadcastWithoutConsent: value })

  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4" mb={4}>
        {t('settings.consentTitle')}
      </Title>
      <Text fz="sm" c="dimmed" mb="md">
        {t('settings.consentHint')}
      </Text>
      <Switch
        label={t('settings.broadcastWithoutConsent')}
        description={t('settings.broadcastWithoutConsentHint')}
        checked={pending ?? saved.broadcastWithoutConsent}
        disabled={pending !== undefined}
        onChange={(event) => void change(event.currentTarget.checked)}
      />
      {error !== undefined && (
        <Alert mt="md" color="red" icon={<IconAlertTriangle />} title={t('settings.saveFailed')}>
          {errorMessage(error, t)}
        </Alert>
      )}
    </Paper>
  )
}
