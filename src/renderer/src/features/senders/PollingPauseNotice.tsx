import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PollingPause } from '../../../../shared/cloud-api'

/**
 * Why status polling of a number waits, and when it asks again: Meta asked to slow down (a rate
 * limit, a hiccup, no connection — polling stays on), or this hour's allowance of requests to
 * Meta for the account is used up.
 */
export function PollingPauseNotice({ pause }: { pause: PollingPause }) {
  const { t, i18n } = useTranslation()
  const when = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' }).format(pause.until)
  const text =
    pause.reason === 'budget'
      ? t('senders.cloud.webhooks.pausedBudget', { when })
      : pause.metaCode === null
        ? t('senders.cloud.webhooks.pausedUnreachable', { when })
        : t('senders.cloud.webhooks.pausedBackingOff', { when, code: pause.metaCode })
  return (
    <Text fz="sm" c="orange.9" role="status" data-testid="polling-pause">
      {text}
    </Text>
  )
}
