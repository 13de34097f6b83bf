import { Alert, Group, Paper, Radio, Title } from '@mantine/core'
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
 * Whether the shop's site has web analytics: it decides whether a new campaign tags its links
 * with UTM. Asked as a question, saved the moment it is answered.
 */
export function WebAnalyticsSection({ saved, onSaved }: Props) {
  const { t } = useTranslation()
  const { pending, error, save } = useInstantSave<boolean>(onSaved)
  const answer = pending ?? saved.usesWebAnalytics

  return (
    <Paper withBorder p="lg">
      <Title order={2} size="h4" mb="md">
        {t('settings.webAnalyticsTitle')}
      </Title>
      <Radio.Group
        label={t('settings.webAnalytics')}
        description={t('settings.webAnalyticsHint')}
        value={answer ? 'yes' : 'no'}
        onChange={(value) => void save(value === 'yes', { usesWebAnalytics: value === 'yes' })}
      >
        <Group gap="lg" mt="xs">
          <Radio
            value="yes"
            label={t('settings.webAnalyticsYes')}
            disabled={pending !== undefined}
          />
          <Radio value="no" label={t('settings.webAnalyticsNo')} disabled={pending !== undefined} />
        </Group>
      </Radio.Group>
      {error !== undefined && (
        <Alert mt="md" color="red" icon={<IconAlertTriangle />} title={t('settings.saveFailed')}>
          {errorMessage(error, t)}
        </Alert>
      )}
    </Paper>
  )
}
