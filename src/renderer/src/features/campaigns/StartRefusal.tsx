import { Alert, Group, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { ApiCallError } from '../../api/errors'
import { CloudErrorText } from './CloudErrorText'
import { errorFix } from './error-fix'
import { BanCentreButton, SettingsButton } from './GoToButtons'
import { templateStatusKey } from './template-status'

/**
 * Why the core refused to start (or save) the campaign, in words, with what Meta's status means
 * for a template and a way to where it can be fixed: the number's settings or the ban centre.
 */
export function StartRefusal({ error }: { error: unknown }) {
  const { t } = useTranslation()
  const fix = errorFix(error)
  const status =
    error instanceof ApiCallError && error.code === 'template_unavailable'
      ? String(error.details.status ?? '')
      : null
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle size={18} />}
      title={t('campaigns.startModal.refused')}
      role="alert"
    >
      <Stack gap="xs" align="flex-start">
        <CloudErrorText error={error} />
        {status !== null && status !== '' && (
          <Text fz="sm">{t(`campaigns.template.statusReason.${templateStatusKey(status)}`)}</Text>
        )}
        {fix !== null && (
          <Group gap="xs">
            {fix === 'settings' && (
              <SettingsButton label={t('campaigns.startModal.openSettings')} />
            )}
            {fix === 'banCentre' && (
              <BanCentreButton label={t('campaigns.startModal.openBanCentre')} />
            )}
          </Group>
        )}
      </Stack>
    </Alert>
  )
}
