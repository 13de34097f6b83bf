import { Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PauseReason } from '../../../../shared/cloud-errors'
import { pauseShortKey } from './pause-reason'

/** The overview's cell for a campaign that stopped on its own: that it did, and why. */
export function PauseShort({ reason }: { reason: PauseReason['reason'] }) {
  const { t } = useTranslation()
  return (
    <Stack gap={0}>
      <Text fz="sm" fw={600} c={reason === 'sender_blocked' ? 'red.8' : 'orange.8'}>
        {t('campaigns.detail.autoPause.short')}
      </Text>
      <Text fz="xs" c="dimmed">
        {t(pauseShortKey(reason))}
      </Text>
    </Stack>
  )
}
