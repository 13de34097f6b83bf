import { Alert, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { CampaignTemplate } from '../../../../shared/cloud-api'
import { lacksOptOut, templateOptOut } from './template-mapping'

/**
 * In place of the opt-out line and UTM switches, which templates do not get: the template's own
 * way out, or a warning when a marketing template has none.
 */
export function TemplateOptOutNote({ template }: { template: CampaignTemplate }) {
  const { t } = useTranslation()
  const optOut = templateOptOut(template)
  return (
    <>
      <Text fz="xs" c="dimmed">
        {t('campaigns.composer.cloud.addOnsNote')}
        {optOut?.via === 'button' &&
          ` ${t('campaigns.composer.cloud.optOutButton', { label: optOut.label })}`}
        {optOut?.via === 'footer' &&
          ` ${t('campaigns.composer.cloud.optOutFooter', { footer: optOut.footer })}`}
      </Text>
      {lacksOptOut(template) && (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />}>
          {t('campaigns.composer.cloud.noOptOut')}
        </Alert>
      )}
    </>
  )
}
