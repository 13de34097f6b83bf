import { Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CampaignResults } from '../../../../shared/campaign-results'

/**
 * By which channel the campaign's messages went («Рассылка с телефона — 193»), and for a list
 * message what people answered on the phone, as the owner marked it.
 */
export function ChannelSummary({ results }: { results: CampaignResults }) {
  const { t, i18n } = useTranslation()
  const number = new Intl.NumberFormat(i18n.language)
  if (results.channels.length === 0 && results.way === 'paced') return null
  const channels = results.channels
    .map(
      ({ channel, count }) => `${t(`phoneBroadcast.channel.${channel}`)} — ${number.format(count)}`,
    )
    .join(', ')
  return (
    <Stack gap={2} data-testid="channel-summary">
      {channels !== '' && <Text fz="sm">{t('phoneBroadcast.results.channel', { channels })}</Text>}
      {results.way === 'phone_broadcast' && (
        <Text fz="sm" c="dimmed">
          {t('phoneBroadcast.results.replies', {
            replied: number.format(results.replies.replied),
            askedToStop: number.format(results.replies.askedToStop),
            wrongNumber: number.format(results.replies.wrongNumber),
          })}
        </Text>
      )}
    </Stack>
  )
}
